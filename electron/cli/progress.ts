/**
 * A one-line progress display for a terminal: silent for work that finishes within `delayMs`,
 * then `[3/14] Bilag 04 Tjenestenivå.pdf` rewritten in place, and cleared when all is done.
 */
export function terminalProgress(
  write: (text: string) => void,
  now: () => number = () => performance.now(),
  delayMs = 300,
): (done: number, total: number, name: string) => void {
  let start: number | null = null;
  let shown = false;
  return (done, total, name) => {
    start ??= now();
    if (done >= total) {
      if (shown) write('\r\x1b[K');
      start = null;
      shown = false;
      return;
    }
    if (!shown && now() - start < delayMs) return;
    shown = true;
    write(`\r\x1b[K[${done}/${total}] ${name}`);
  };
}
