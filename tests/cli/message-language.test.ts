import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, loadExample } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

function writeCase(value: unknown): string {
  const file = join(tempDir(), 'case.json');
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

describe('messages follow --lang', () => {
  it('validate --lang nn prints nynorsk, labels included', async () => {
    const c = loadExample();
    (c.service as Record<string, unknown>).cloudModel = 'faas';
    c.dates = { durationMonths: 0 };
    const result = await cli('validate', writeCase(c), '--lang', 'nn');
    expect(result.stderr).toContain('feil: service.cloudModel: må vere ein av: saas, paas, iaas');
    expect(result.stderr).toContain(
      'feil: dates.durationMonths: varigheita blir oppgitt i heile månader',
    );
    expect(result.stderr).not.toMatch(/må være|mangler\b/);
  });

  it('coverage --lang en prints English headers', async () => {
    const result = await cli('coverage', EXAMPLES.ssaL, '--lang', 'en', '--framework', 'nis2');
    expect(result.stdout).toMatch(/^\d+ chosen requirements\n/);
    expect(result.stdout).toMatch(/NIS2[^\n]*: \d+ of \d+ covered/);
    expect(result.stdout).not.toMatch(/valgte krav|dekket/);
  });

  it('generate --lang en of a bokmål case warns in English that the case text stays in bokmål', async () => {
    const out = tempDir();
    const result = await cli('generate', EXAMPLES.ssaL, '--out', out, '--lang', 'en', '-f', 'docx');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning: language: the case is written in Norwegian Bokmål, but the documents are made in English',
    );
    expect(result.stdout).toContain('files and manifest.json written to');
  }, 120_000);

  it('pack --lang nn warns and reports in nynorsk', async () => {
    const out = join(tempDir(), 'pakke.zip');
    const result = await cli('pack', EXAMPLES.ssaL, '--out', out, '--lang', 'nn', '-f', 'docx');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'åtvaring: language: saka er skriven på bokmål, men dokumenta blir laga på nynorsk',
    );
    expect(result.stdout).toMatch(/: \d+ dokument, /);
  }, 120_000);

  it('generate in the case’s own language gives no language warning', async () => {
    const result = await cli('generate', EXAMPLES.ssaL, '--out', tempDir(), '-f', 'docx');
    expect(result.stderr).toBe('');
  }, 120_000);
});
