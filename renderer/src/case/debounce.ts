import { useEffect, useRef } from 'react';

/**
 * Runs `work` once `delay` ms have passed without `key` changing. Work for an older key is
 * skipped, so a slow answer never overwrites a newer one.
 */
export function useDebouncedEffect(
  work: (isCurrent: () => boolean) => Promise<void>,
  key: unknown,
  delay: number,
  enabled = true,
): void {
  const workRef = useRef(work);
  workRef.current = work;
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void workRef.current(() => current);
    }, delay);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, delay, enabled]);
}
