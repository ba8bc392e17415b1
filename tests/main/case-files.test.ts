import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileArgument, readCaseFile } from '../../electron/main/case-files';
import { tempDir } from '../fixtures/cli';

describe('case files opened from outside', () => {
  it('takes the last argument with the case extension, resolved where the launch ran', () => {
    expect(
      caseFileArgument(['/opt/Skyavtale/skyavtale', 'a.skyavtale', 'B.SKYAVTALE'], '/home/kari'),
    ).toBe(resolve('/home/kari', 'B.SKYAVTALE'));
    expect(caseFileArgument(['electron', '.', '--data', '/d'], '/home/kari')).toBeNull();
    expect(caseFileArgument(['skyavtale', '--flag=x.skyavtale', 'notes.json'], '/')).toBeNull();
  });

  it('reads the file as text with its name', async () => {
    const file = join(tempDir('skyavtale-case-file-'), 'Plattform.skyavtale');
    writeFileSync(file, '{"agreement":"ssa-sky"}');
    expect(await readCaseFile(file)).toEqual({
      name: 'Plattform.skyavtale',
      text: '{"agreement":"ssa-sky"}',
    });
  });

  it('refuses a folder and a file far too large to be a case, naming the file', async () => {
    const dir = tempDir('skyavtale-case-file-');
    await expect(readCaseFile(dir)).rejects.toMatchObject({
      code: 'desktop.case-file-missing',
      where: dir,
    });
    const big = join(dir, 'Stor.skyavtale');
    writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 32));
    await expect(readCaseFile(big)).rejects.toMatchObject({
      code: 'desktop.case-file-too-large',
      where: big,
      text: { nb: 'avtalefilen er 6 MB; en avtale er under 5 MB' },
    });
  });
});
