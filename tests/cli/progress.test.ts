import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../electron/cli/progress';

function harness() {
  let time = 0;
  let out = '';
  const progress = terminalProgress(
    (t) => (out += t),
    () => time,
    300,
  );
  return { progress, advance: (ms: number) => (time += ms), output: () => out };
}

describe('the progress line', () => {
  it('stays silent for work that finishes within a moment', () => {
    const { progress, advance, output } = harness();
    progress(0, 3, 'a.pdf');
    advance(100);
    progress(1, 3, 'b.pdf');
    progress(3, 3, '');
    expect(output()).toBe('');
  });

  it('shows each document once work takes longer, rewriting one line, and clears it at the end', () => {
    const { progress, advance, output } = harness();
    progress(0, 3, 'a.pdf');
    advance(400);
    progress(1, 3, 'Bilag 04 Tjenestenivå.pdf');
    progress(2, 3, 'c.pdf');
    progress(3, 3, '');
    expect(output()).toBe('\r\x1b[K[1/3] Bilag 04 Tjenestenivå.pdf\r\x1b[K[2/3] c.pdf\r\x1b[K');
  });
});
