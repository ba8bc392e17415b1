import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../electron/cli/run-cli';
import { EXAMPLES, V1_EXAMPLES, loadExample } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

function writeCase(dir: string, value: unknown): string {
  const file = join(dir, 'case.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('skyavtale generate', () => {
  it('writes every document as DOCX and PDF with a manifest of SHA-256 checksums', async () => {
    const out = join(tempDir(), 'out');
    const result = await cli('generate', EXAMPLES.ssaL, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      files: { name: string; size: number; sha256: string; format: string }[];
      case: { agreement: string };
    };
    expect(manifest.case.agreement).toBe('ssa-l');
    const names = manifest.files.map((f) => f.name);
    expect(names).toContain('01 SSA-L avtale.docx');
    expect(names).toContain('01 SSA-L avtale.pdf');
    expect(names).toContain('Bilag 04 Tjenestenivå.pdf');
    expect(names).not.toContain('Bilag 03 Etableringsplan.pdf');
    expect(readdirSync(out).sort()).toEqual([...names, 'manifest.json'].sort());
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.name));
      expect(bytes.byteLength).toBe(file.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
  });

  it('replaces a set already in the folder only with --force', async () => {
    const out = tempDir();
    expect((await cli('generate', EXAMPLES.ssaL, '--out', out, '-f', 'pdf')).code).toBe(EXIT.ok);
    const again = await cli('generate', EXAMPLES.ssaL, '--out', out, '-f', 'pdf');
    expect(again.code).toBe(EXIT.failed);
    expect(again.stderr).toContain('mappen har allerede et sett (utkast');
    expect(again.stderr).toContain('bruk --force for å erstatte det som ligger der');
    const forced = await cli('generate', EXAMPLES.ssaL, '--out', out, '-f', 'pdf', '--force');
    expect(forced.code, forced.stderr).toBe(EXIT.ok);
  });

  it('writes only the formats asked for', async () => {
    const out = tempDir();
    const result = await cli('generate', EXAMPLES.ssaL, '--out', out, '--format', 'pdf');
    expect(result.code).toBe(EXIT.ok);
    expect(readdirSync(out).filter((n) => n.endsWith('.docx'))).toEqual([]);
  });

  it('refuses an invalid case, lists every problem and writes nothing', async () => {
    const dir = tempDir();
    const c = loadExample();
    c.customer.orgNumber = '935478716';
    c.supplier.signatories = [];
    const out = join(dir, 'out');
    const result = await cli('generate', writeCase(dir, c), '--out', out);
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toContain('feil: customer.orgNumber: organisasjonsnummeret er ugyldig');
    expect(result.stderr).toContain(
      'feil: supplier.signatories: parten må ha minst én som signerer',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('names the folder it cannot write to, with exit code 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const result = await cli('generate', EXAMPLES.ssaL, '--out', join(dir, 'file', 'out'));
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toContain(join(dir, 'file', 'out'));
    expect(result.stderr).toContain('Ingenting er skrevet');
  });

  it('treats an unknown format as misuse (exit 2)', async () => {
    const result = await cli('generate', EXAMPLES.ssaL, '--out', tempDir(), '--format', 'odt');
    expect(result.code).toBe(EXIT.misuse);
    expect(result.stderr).toContain('ukjent format «odt»');
  });

  it('requires --out (exit 2)', async () => {
    const result = await cli('generate', EXAMPLES.ssaL);
    expect(result.code).toBe(EXIT.misuse);
  });
});

describe('skyavtale validate', () => {
  it('says a valid case is valid', async () => {
    const result = await cli('validate', EXAMPLES.ssaL);
    expect(result).toMatchObject({ code: EXIT.ok, stdout: `${EXAMPLES.ssaL}: gyldig\n` });
  });

  it('reports invalid JSON with line and column', async () => {
    const dir = tempDir();
    const result = await cli(
      'validate',
      writeCase(dir, '{\n  "schemaVersion": 1,\n  "title": "x",,\n}'),
    );
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toMatch(/feil: 3:\d+: ugyldig JSON/);
  });

  it('reports unknown fields, unknown appendices and unknown requirements by JSON path', async () => {
    const dir = tempDir();
    const c = loadExample();
    (c as Record<string, unknown>).kunde = {};
    c.appendices = { ...c.appendices, '13': { included: true, text: 'x' } };
    c.requirements = [{ id: 'B.IS.999' }];
    const result = await cli('validate', writeCase(dir, c));
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toContain('feil: (rot): ukjent felt: kunde');
    const again = await cli('validate', writeCase(dir, { ...c, kunde: undefined }));
    expect(again.stderr).toContain('feil: appendices.13: SSA-L har ikke bilag 13');
    expect(again.stderr).toContain(
      'feil: requirements[0].id: kravet B.IS.999 finnes ikke i kravbanken',
    );
  });

  it('speaks English with --lang en', async () => {
    const dir = tempDir();
    const c = loadExample();
    c.customer.orgNumber = '12345';
    const result = await cli('validate', writeCase(dir, c), '--lang', 'en');
    expect(result.stderr).toContain('error(s)');
    expect(result.stderr).toContain(
      'error: customer.orgNumber: the organisation number must have nine digits',
    );
  });

  it('says so when the file does not exist', async () => {
    const result = await cli('validate', 'no/such/case.json');
    expect(result).toMatchObject({
      code: EXIT.failed,
      stderr: 'skyavtale: no/such/case.json: filen finnes ikke\n',
    });
  });
});

describe('a case file of an older or newer format', () => {
  it('validates and generates a format-1 file as its upgrade, and leaves the file as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'byggesak.json');
    const text = readFileSync(V1_EXAMPLES.ssaL, 'utf8');
    writeFileSync(file, text);
    expect(await cli('validate', file)).toMatchObject({
      code: EXIT.ok,
      stdout: `${file}: gyldig\n`,
    });
    const manifestOf = async (caseFile: string) => {
      const out = join(dir, `out-${caseFile === file ? 'v1' : 'v2'}`);
      const result = await cli('generate', caseFile, '--out', out, '--format', 'pdf');
      expect(result.code).toBe(EXIT.ok);
      return readFileSync(join(out, 'manifest.json'), 'utf8');
    };
    expect(await manifestOf(file)).toBe(await manifestOf(EXAMPLES.ssaL));
    expect(readFileSync(file, 'utf8')).toBe(text);
  }, 60_000);

  it('refuses a file of a newer format with advice to update', async () => {
    const dir = tempDir();
    const result = await cli('validate', writeCase(dir, { ...loadExample(), schemaVersion: 99 }));
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toContain('saken er laget med en nyere versjon av Skyavtale');
  });
});

describe('skyavtale recommend', () => {
  it('recommends an agreement with its reasons', async () => {
    const result = await cli(
      'recommend',
      '--platform',
      '--implementation',
      'significant',
      '--personal-data',
    );
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Anbefalt: SSA-Sky');
    expect(result.stdout).toContain('databehandleravtale');
  });

  it('says why the other two were not chosen, and marks contradicting answers', async () => {
    const result = await cli('recommend', '--platform', '--licences-only');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Anbefalt: SSA-Sky');
    expect(lines.filter((l) => /^- SSA-(L|Lille sky) passer/.test(l))).toHaveLength(2);
    const marked = lines.filter((l) => l.startsWith('! '));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked[0]).toContain('Rene lisenser peker mot SSA-Lille sky, plattformbruk mot SSA-Sky');
  });

  it('answers in English', async () => {
    const result = await cli('recommend', '--licences-only', '--lang', 'en');
    expect(result.stdout).toMatch(/^Recommended: SSA-Lille sky\n- The purchase is only licences/);
  });
});

describe('skyavtale schema, help and misuse', () => {
  it('prints the case format as JSON Schema', async () => {
    const result = await cli('schema');
    const schema = JSON.parse(result.stdout) as {
      $schema: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'agreement', 'customer', 'supplier']),
    );
    expect(Object.keys(schema.properties)).toContain('dpa');
  });

  it('keeps the published schema file in step with the code', async () => {
    const result = await cli('schema');
    expect(readFileSync('schema/case.schema.json', 'utf8')).toBe(result.stdout);
  });

  it('has --help on every command and exits 0', async () => {
    for (const command of [[], ['generate'], ['validate'], ['recommend'], ['schema']]) {
      const result = await cli(...command, '--help');
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout).toContain('Usage: skyavtale');
    }
  });

  it('exits 2 for an unknown command or no command', async () => {
    expect((await cli('frobnicate')).code).toBe(EXIT.misuse);
    expect((await cli()).code).toBe(EXIT.misuse);
  });

  it('names the program’s command whose action ran, and none for help or a misuse', async () => {
    expect((await cli('schema')).command).toBe('schema');
    expect((await cli('requirements', 'list')).command).toBe('requirements');
    expect((await cli('generate', '--help')).command).toBeUndefined();
    expect((await cli('frobnicate')).command).toBeUndefined();
    expect((await cli('--version')).command).toBeUndefined();
  });

  it('prints its version', async () => {
    const result = await cli('--version');
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
