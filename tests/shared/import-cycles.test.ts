import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/cli';

/** Every import cycle among the sources matched, type-only imports included. */
async function cycles(context: string, patterns: string[]): Promise<string[][]> {
  const tree = await parseDependencyTree(patterns, {
    context,
    cwd: context,
    transform: false,
    include: /\.tsx?$/,
    exclude: /node_modules/,
  });
  return parseCircular(tree);
}

describe('import cycles', () => {
  it('finds none in the app', async () => {
    expect(await cycles(process.cwd(), ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'])).toEqual([]);
  });

  it('finds a cycle when two modules import each other', async () => {
    const folder = tempDir('skyavtale-cycle-');
    mkdirSync(join(folder, 'src'));
    writeFileSync(
      join(folder, 'src/a.ts'),
      "import { b } from './b';\nexport const a = () => b;\n",
    );
    writeFileSync(
      join(folder, 'src/b.ts'),
      "import type { a } from './a';\nexport const b: typeof a | null = null;\n",
    );
    const found = await cycles(folder, ['src/*.ts']);
    expect(found.map((cycle) => cycle.toSorted())).toEqual([['src/a.ts', 'src/b.ts']]);
  });
});
