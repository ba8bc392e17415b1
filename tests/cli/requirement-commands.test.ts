import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, loadExample } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

describe('the requirement bank from the command line', () => {
  it('lists requirements by kind, with area and how each cloud model baseline holds them', async () => {
    const result = await cli('requirements', 'list', '--kind', 'A');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^A\.1 +\S.* \(Styring og ledelse · saas evaluert, paas evaluert, iaas evaluert\)$/,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^A\.6 .* · saas absolutt, paas absolutt, iaas absolutt\)$/),
    );
    expect(lines.at(-1)).toBe('12 krav');
    expect(lines.slice(0, -1).every((l) => l.startsWith('A.'))).toBe(true);
  });

  it('filters by framework control, and by preset', async () => {
    const result = await cli(
      'requirements',
      'list',
      '--framework',
      'nis2',
      '--control',
      '21(2)(c)',
    );
    expect(result.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(
      expect.arrayContaining(['B.IS.41', 'B.IS.42', 'B.IS.43']),
    );
    const all = await cli('requirements', 'list', '--preset', 'all-bis');
    expect(all.stdout).toMatch(/^60 krav$/m);
    const iaas = await cli('requirements', 'list', '--preset', 'iaas-baseline');
    expect(iaas.stdout).not.toMatch(/^B\.IS\.49 /m);
    expect(iaas.stdout).not.toMatch(/^C\./m);
  });

  it('searches the text in the chosen language, with Norwegian letters', async () => {
    const nb = await cli('requirements', 'search', 'sikkerhetskopi');
    expect(nb.stdout).toMatch(/^B\.IS\.41 /m);
    const en = await cli('requirements', 'search', 'backup', '--lang', 'en', '--framework', 'iso');
    expect(en.stdout).toMatch(/^B\.IS\.41 /m);
  });

  it('shows a requirement with its text, guidance and every framework mapping', async () => {
    const result = await cli('requirements', 'show', 'b.is.24');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^B\.IS\.24 /);
    expect(result.stdout).toContain('Veiledning: ');
    for (const framework of [
      'NIS2:',
      'ISO/IEC 27001:2022 vedlegg A:',
      'NIST CSF 2.0:',
      'NSMs grunnprinsipper 2.1:',
      'CSA CCM:',
      'BSI C5:',
    ])
      expect(result.stdout).toContain(framework);
    expect(result.stdout).toContain('  Art. 21(2)(i) ');
  });

  it('names an unknown requirement and an unknown framework', async () => {
    const unknown = await cli('requirements', 'show', 'B.IS.999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('kravet B.IS.999 finnes ikke i kravbanken');
    const framework = await cli('requirements', 'list', '--framework', 'cobit');
    expect(framework.code).toBe(2);
    expect(framework.stderr).toContain('ukjent rammeverk «cobit»');
  });
});

describe('coverage of a case', () => {
  it('counts the NIS2 entries the chosen requirements cover and lists the gaps', async () => {
    const c = loadExample(EXAMPLES.ssaL);
    c.requirements = [{ id: 'A.1' }, { id: 'B.IS.1' }, { id: 'B.IS.41' }];
    const file = join(tempDir(), 'sak.json');
    writeFileSync(file, JSON.stringify(c));
    const result = await cli('coverage', file, '--framework', 'nis2');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 valgte krav');
    expect(result.stdout).toContain('NIS2: 3 av 12 dekket');
    expect(result.stdout).toMatch(/✓ Art\. 20 .*: A\.1\n/);
    expect(result.stdout).toMatch(/✓ Art\. 21\(2\)\(a\) .*: B\.IS\.1\n/);
    expect(result.stdout).toMatch(/✓ Art\. 21\(2\)\(c\) .*: B\.IS\.41\n/);
    expect(result.stdout).toMatch(/– Art\. 23 .*: ikke dekket\n/);

    const validated = await cli('validate', file);
    expect(validated.stderr).toMatch(
      /advarsel: requirements: de valgte kravene dekker ikke NIS2 art\. 21\(2\)\(b\)/,
    );
  });

  it('shows all four default frameworks for the SSA-Sky example', async () => {
    const result = await cli('coverage', EXAMPLES.ssaSky);
    for (const heading of [
      'NIS2: ',
      'NIS2 gjennomføringsforordning (vedlegg): ',
      'NSMs grunnprinsipper 2.1: ',
      'ISO/IEC 27001:2022 vedlegg A: ',
    ])
      expect(result.stdout).toContain(heading);
    expect(result.stdout).toMatch(/ISO\/IEC 27001:2022 vedlegg A: \d+ av 93 dekket/);
  });
});
