import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warmUp } from '../../electron/cli/command-line';
import { loadLibrary } from '../../electron/node/templates/load-library';
import { EXAMPLES } from '../fixtures/cases';
import { tempDir } from '../fixtures/cli';

describe('warmUp', () => {
  it('makes each case, then leaves neither its folder nor the library it loaded', async () => {
    const scratch = tempDir();
    const library = loadLibrary();
    await warmUp([EXAMPLES.ssaL], scratch);
    expect(readdirSync(scratch)).toEqual([]);
    expect(loadLibrary()).not.toBe(library);
  });

  it('names a case that fails, with what the command said', async () => {
    await expect(warmUp(['tests/none.json'], tempDir())).rejects.toThrow(
      /^tests\/none\.json: generate failed \(exit 1\)\nskyavtale: .*none\.json: filen finnes ikke/,
    );
  });
});
