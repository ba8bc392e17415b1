import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/core/render/sha256';
import { EXAMPLES } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

interface ManifestFile {
  name: string;
  size: number;
  sha256: string;
  role: string;
  appendix: number | null;
  partOfAgreement: boolean;
}

describe('appendix packs', () => {
  it('zip every document with a manifest whose fingerprints match, and a contents list', async () => {
    const out = join(tempDir('skyavtale-pack-'), 'pakke.zip');
    const result = await cli('pack', EXAMPLES.ssaL, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/pakke\.zip: 14 dokumenter, \d+ byte, sha256 [0-9a-f]{64}\n$/);
    const entries = unzipSync(new Uint8Array(readFileSync(out)));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      files: ManifestFile[];
    };
    expect(manifest.files.map((f) => f.name)).toContain('Bilag 04 Tjenestenivå.docx');
    // Each file says what it is to the agreement, with the number the front page gives it.
    expect(manifest.files.find((f) => f.name === 'Bilag 04 Tjenestenivå.pdf')).toMatchObject({
      role: 'appendix',
      appendix: 4,
      partOfAgreement: true,
    });
    expect(
      manifest.files.find((f) => f.name === 'Andre vedlegg – Databehandleravtale.pdf'),
    ).toMatchObject({ role: 'other-appendix', appendix: null, partOfAgreement: true });
    expect(manifest.files).toHaveLength(14);
    for (const file of manifest.files) {
      const bytes = entries[file.name];
      expect(bytes, file.name).toBeDefined();
      expect(bytes!.length).toBe(file.size);
      expect(await sha256Hex(bytes!)).toBe(file.sha256);
    }
    const contents = new TextDecoder().decode(entries['INNHOLD.txt']);
    expect(contents).toContain('Sak: Skybasert saksbehandlingssystem for byggesak (2026/4711)');
    expect(contents).toContain('Status: Utkast');
    expect(contents).toContain('01 SSA-L avtale.pdf');
  }, 60_000);

  it('replace a pack only when told to', async () => {
    const out = join(tempDir('skyavtale-pack-'), 'pakke.zip');
    expect((await cli('pack', EXAMPLES.ssaLilleSky, '--out', out, '--format', 'pdf')).code).toBe(0);
    const first = readFileSync(out);
    const refused = await cli('pack', EXAMPLES.ssaLilleSky, '--out', out, '--format', 'docx');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('filen finnes allerede');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out).equals(first)).toBe(true);
    const forced = await cli(
      'pack',
      EXAMPLES.ssaLilleSky,
      '--out',
      out,
      '--format',
      'docx',
      '--force',
    );
    expect(forced.code, forced.stderr).toBe(0);
    expect(
      Object.keys(unzipSync(new Uint8Array(readFileSync(out)))).some((n) => n.endsWith('.docx')),
    ).toBe(true);
  }, 60_000);

  it('name the contents list in the language of the pack', async () => {
    const out = join(tempDir('skyavtale-pack-'), 'pack.zip');
    expect(
      (await cli('pack', EXAMPLES.ssaLilleSky, '--out', out, '--lang', 'en', '--format', 'pdf'))
        .code,
    ).toBe(0);
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(out))));
    expect(names).toContain('CONTENTS.txt');
    expect(
      names.every((n) => n.endsWith('.pdf') || n.endsWith('.json') || n.endsWith('.txt')),
    ).toBe(true);
  }, 60_000);
});

describe('verifying a file against its fingerprint', () => {
  it('finds an unchanged file in the manifest beside it, with the PDF stamp of a final export', async () => {
    const out = tempDir('skyavtale-verify-');
    expect((await cli('generate', EXAMPLES.ssaLilleSky, '--out', out, '--final')).code).toBe(0);
    const result = await cli('verify', join(out, '01 SSA-Lille sky avtale.pdf'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^sha256 [0-9a-f]{64}\n/);
    expect(result.stdout).toMatch(/PDF: FINAL.*tilhører DOCX med sha256 [0-9a-f]{64}/);
    expect(result.stdout).toContain('OK: samsvarer med «01 SSA-Lille sky avtale.pdf»');
    expect(result.stdout).toContain('(endelig)');
  }, 60_000);

  it('fails with exit 1 for a file changed after export', async () => {
    const out = tempDir('skyavtale-verify-');
    expect(
      (await cli('generate', EXAMPLES.ssaLilleSky, '--out', out, '--format', 'docx')).code,
    ).toBe(0);
    const copy = join(tempDir('skyavtale-verify-'), 'endret.docx');
    copyFileSync(join(out, '01 SSA-Lille sky avtale.docx'), copy);
    appendFileSync(copy, ' ');
    const result = await cli('verify', copy, '--manifest', join(out, 'manifest.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('filen samsvarer ikke med noen fil i');
    expect(result.stderr).toContain('den er endret eller kommer fra en annen eksport');
  }, 60_000);

  it('finds the export record in the library when the file has left its folder', async () => {
    const data = tempDir('skyavtale-verify-data-');
    const run = (...argv: string[]) => cli('--data', data, ...argv);
    await run('matters', 'create', 'Lisenser');
    await run('cases', 'save', EXAMPLES.ssaLilleSky, '--matter', '1', '--label', 'sendt');
    const out = tempDir('skyavtale-verify-');
    const exported = await run('cases', 'export', '1', '--out', out, '--format', 'pdf');
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(
      /filer fra versjon 1 skrevet til .* og registrert i biblioteket/,
    );
    const moved = join(tempDir('skyavtale-verify-'), 'avtale.pdf');
    copyFileSync(join(out, '01 SSA-Lille sky avtale.pdf'), moved);

    const result = await run('verify', moved);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /biblioteket: eksportert .* fra sak 1 «Lisenser», avtale 1 versjon 1 \(utkast\) til .*01 SSA-Lille sky avtale\.pdf/,
    );
    expect(result.stdout).toContain(
      'OK: filen er uendret siden den ble eksportert fra biblioteket',
    );
    expect((await run('cases', 'history', '1')).stdout).toMatch(
      /eksport fra versjon 1: .*01 SSA-Lille sky avtale\.pdf \(utkast/,
    );
  }, 60_000);

  it('says when there is neither a manifest nor a library record', async () => {
    const file = join(tempDir('skyavtale-verify-'), 'tilfeldig.pdf');
    appendFileSync(file, '%PDF-1.7\n');
    const result = await cli('verify', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('fant ikke manifest.json å sammenligne med');
  });
});
