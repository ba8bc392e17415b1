import { useEffect, useRef } from 'react';

/**
 * Moves focus to the new screen's heading whenever `place` changes (another screen, matter or
 * case), so keyboard and screen reader users start there instead of at the top of the page.
 */
export function useFocusOnNavigation(place: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The new screen renders its heading in the same commit; a frame later it is laid out.
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [place]);
}
