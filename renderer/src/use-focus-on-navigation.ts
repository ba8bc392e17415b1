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
    // A screen that loads its data shows its heading a little later: look for it for a while.
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else if (tries++ < 120) {
        frame = requestAnimationFrame(focusHeading);
      }
    };
    frame = requestAnimationFrame(focusHeading);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [place]);
}
