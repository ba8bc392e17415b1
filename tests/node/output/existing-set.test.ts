import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SkyError } from '../../../electron/core/errors';
import { refuseToReplace, refuseToReplaceFile } from '../../../electron/node/output/existing-set';
import { tempDir } from '../../fixtures/cli';

function manifestIn(status: 'draft' | 'final'): string {
  const folder = tempDir('skyavtale-existing-');
  writeFileSync(
    join(folder, 'manifest.json'),
    JSON.stringify({
      generatedAt: '2026-03-12T09:30:00.000Z',
      status,
      caseVersion: 4,
      case: { title: 'Plattformavtale' },
      files: [],
    }),
  );
  return folder;
}

function refusal(folder: string, incoming: { names: string[]; final: boolean }): SkyError {
  try {
    refuseToReplace(folder, incoming);
  } catch (error) {
    if (error instanceof SkyError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('a set in the way', () => {
  it('lets a set into an empty folder, or one with other files only', () => {
    const folder = tempDir('skyavtale-existing-');
    expect(() => {
      refuseToReplace(folder, { names: ['01 avtale.pdf'], final: false });
    }).not.toThrow();
    writeFileSync(join(folder, 'notater.txt'), 'mine');
    expect(() => {
      refuseToReplace(folder, { names: ['01 avtale.pdf'], final: false });
    }).not.toThrow();
  });

  it('refuses a draft over a final set, saying that it is the one for signing', () => {
    const folder = manifestIn('final');
    const error = refusal(folder, { names: [], final: false });
    expect(error.code).toBe('export.exists');
    expect(error.where).toBe(folder);
    expect(error.text.nb).toMatch(
      /^mappen har allerede et endelig sett for signering \(«Plattformavtale», versjon 4, laget \d\d\.03\.2026 \d\d:30\); et utkast erstatter det bare når du bekrefter det$/,
    );
  });

  it('refuses any other set too, saying what it is', () => {
    expect(refusal(manifestIn('draft'), { names: [], final: true }).text.nb).toContain(
      'mappen har allerede et sett (utkast, «Plattformavtale», versjon 4, laget',
    );
    expect(refusal(manifestIn('final'), { names: [], final: true }).text.nb).toContain(
      'mappen har allerede et sett (endelig, «Plattformavtale»',
    );
  });

  it('refuses a set whose manifest it cannot read, and files of the same names', () => {
    const unreadable = tempDir('skyavtale-existing-');
    writeFileSync(join(unreadable, 'manifest.json'), '{ ikke json');
    expect(refusal(unreadable, { names: [], final: false }).text.nb).toContain(
      'mappen har allerede et sett med manifest.json',
    );
    const named = tempDir('skyavtale-existing-');
    for (const name of ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf']) writeFileSync(join(named, name), '');
    const error = refusal(named, {
      names: ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf'],
      final: false,
    });
    expect(error.code).toBe('export.exists');
    expect(error.text.nb).toBe(
      'mappen har allerede filer med de samme navnene («a.pdf», «b.pdf», «c.pdf» (+1)); de erstattes bare når du bekrefter det',
    );
  });
});

describe('a pack in the way', () => {
  it('lets a new file be written, and refuses one that exists, naming it', () => {
    const file = join(tempDir('skyavtale-existing-'), 'pakke.zip');
    expect(() => {
      refuseToReplaceFile(file);
    }).not.toThrow();
    writeFileSync(file, 'PK');
    try {
      refuseToReplaceFile(file);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SkyError);
      expect((error as SkyError).code).toBe('export.exists');
      expect((error as SkyError).where).toBe(file);
      expect((error as SkyError).message).toMatch(/finnes allerede/);
    }
  });
});
