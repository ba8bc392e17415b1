import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../electron/shared/api';
import { DESKTOP_PROCEDURES } from '../../electron/shared/desktop-bridge';

/** The procedures the user interface calls, read from its source. */
function proceduresCalledByTheInterface(): string[] {
  const called = new Set<string>();
  const files = readdirSync('renderer/src', { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.tsx?$/.test(f),
  );
  for (const file of files) {
    const text = readFileSync(join('renderer/src', file), 'utf8');
    for (const match of text.matchAll(/(?:request\(\s*|api\[)'([a-z]+\.[a-zA-Z]+)'/g))
      called.add(match[1]!);
  }
  return [...called].sort();
}

describe('the desktop bridge’s list', () => {
  it('is exactly the procedures the interface calls', () => {
    expect([...DESKTOP_PROCEDURES].sort()).toEqual(proceduresCalledByTheInterface());
  });

  it('leaves out every procedure that reads or writes a path the window names', () => {
    const pathInputs = Object.entries(procedures)
      .filter(([, p]) => ['path', 'outFile', 'file', 'folder'].some((key) => key in p.input.shape))
      .map(([name]) => name);
    expect(pathInputs.length).toBeGreaterThan(0);
    for (const name of pathInputs) expect(DESKTOP_PROCEDURES, name).not.toContain(name);
  });
});
