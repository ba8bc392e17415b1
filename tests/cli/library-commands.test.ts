import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

describe('the library from the command line', () => {
  it('creates a matter, saves cases and versions, shows history and restores', async () => {
    const data = tempDir('skyavtale-cli-data-');
    const run = (...argv: string[]) => cli('--data', data, ...argv);
    expect(
      (await run('matters', 'create', 'Byggesak', '--customer', 'Bærum kommune', '--tag', 'saas'))
        .stdout,
    ).toMatch(/^\s+1 {2}Byggesak {2}\(Bærum kommune · aktiv · #saas\)/);
    expect((await run('cases', 'save', EXAMPLES.ssaL, '--matter', '1')).stdout).toBe(
      'avtale 1 lagret som versjon 1\n',
    );
    expect(
      (await run('cases', 'save', EXAMPLES.ssaSky, '--case', '1', '--label', 'sendt 12.03')).stdout,
    ).toBe('avtale 1 lagret som versjon 2\n');
    expect((await run('cases', 'restore', '1', '1')).stdout).toBe(
      'versjon 1 er gjenopprettet som versjon 3\n',
    );
    const history = (await run('cases', 'history', '1')).stdout.split('\n');
    expect(history[0]).toMatch(/^versjon 3 .*\(gjenopprettet fra versjon 1\)$/);
    expect(history[1]).toMatch(/^versjon 2 .*\(sendt 12\.03\)$/);
    expect((await run('cases', 'show', '1')).stdout).toContain('"agreement": "ssa-l"');
    expect((await run('cases', 'show', '1', '2')).stdout).toContain('"agreement": "ssa-sky"');
    const list = await run('matters', 'list');
    expect(list.stdout).toContain('1 saker i alt');
    expect((await run('matters', 'show', '1')).stdout).toMatch(/avtale 1: .* \(ssa-l, versjon 3,/);
  });

  it('makes the daily backup in the data folder when the library is first opened that day', async () => {
    const data = tempDir('skyavtale-cli-data-');
    await cli('--data', data, 'matters', 'create', 'Byggesak');
    await cli('--data', data, 'matters', 'list');
    expect(readdirSync(join(data, 'backups'))).toHaveLength(1);
  });

  it('searches with prefixes and Norwegian letters', async () => {
    const data = tempDir('skyavtale-cli-data-');
    await cli('--data', data, 'matters', 'create', 'Plattform');
    await cli('--data', data, 'cases', 'save', EXAMPLES.ssaSky, '--matter', '1');
    const hits = await cli('--data', data, 'search', 'Direktoratet', 'samfunns*');
    expect(hits.stdout).toMatch(/^avtale 1: Skyplattform for analyse og datadeling/m);
    expect((await cli('--data', data, 'search', 'flerfaktor*')).stdout).toMatch(
      /^krav B\.IS\.\d+:/m,
    );
  });

  it('backs up and restores, and refuses a file that is not a backup', async () => {
    const data = tempDir('skyavtale-cli-data-');
    const backup = join(tempDir(), 'kopi.sqlite');
    await cli('--data', data, 'matters', 'create', 'Før');
    expect((await cli('--data', data, 'backup', backup)).stdout).toContain(
      `sikkerhetskopi skrevet: ${backup}`,
    );
    await cli('--data', data, 'matters', 'create', 'Etter');
    const restored = await cli('--data', data, 'restore', backup);
    expect(restored.code).toBe(0);
    const list = await cli('--data', data, 'matters', 'list');
    expect(list.stdout).toContain('Før');
    expect(list.stdout).not.toContain('Etter');
    const refused = await cli('--data', data, 'restore', EXAMPLES.ssaL);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/kan ikke brukes som sikkerhetskopi/);
  });

  it('moves a matter to another data folder with every version', async () => {
    const from = tempDir('skyavtale-cli-data-');
    const to = tempDir('skyavtale-cli-data-');
    const file = join(tempDir(), 'sak.json');
    await cli('--data', from, 'matters', 'create', 'Flyttes');
    await cli('--data', from, 'cases', 'save', EXAMPLES.ssaL, '--matter', '1');
    await cli('--data', from, 'cases', 'save', EXAMPLES.ssaL, '--case', '1');
    expect((await cli('--data', from, 'matters', 'export', '1', '--out', file)).stdout).toContain(
      '2 versjoner',
    );
    expect((await cli('--data', to, 'matters', 'import', file)).code).toBe(0);
    expect(
      (await cli('--data', to, 'cases', 'history', '1')).stdout.match(/^versjon/gm),
    ).toHaveLength(2);
    const bad = await cli('--data', to, 'matters', 'import', EXAMPLES.ssaL);
    expect(bad.stderr).toMatch(/ikke en sak eksportert fra Skyavtale/);
  });

  it('explains a misused save and a case that does not exist', async () => {
    const data = tempDir('skyavtale-cli-data-');
    const both = await cli('--data', data, 'cases', 'save', EXAMPLES.ssaL);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--matter .* --case/);
    const missing = await cli('--data', data, 'cases', 'history', '42');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/42 finnes ikke/);
  });
});
