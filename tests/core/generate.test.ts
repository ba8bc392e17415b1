import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../electron/core/case/case-schema';
import { buildDocuments, documentDate, renderDocuments } from '../../electron/core/generate';
import { sha256Hex } from '../../electron/core/render/sha256';
import { loadLibrary } from '../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../fixtures/cases';
import { FONTS } from '../fixtures/fonts';

describe('the files of a case', () => {
  const library = loadLibrary();
  const c = CaseSchema.parse(loadExample(EXAMPLES.ssaSky));
  const fingerprints = async (date: Date | null): Promise<string[]> => {
    const documents = buildDocuments(c, library, { lang: 'nb', guidance: false });
    const files = await renderDocuments(documents, FONTS, {
      formats: ['docx', 'pdf'],
      status: 'final',
      caseVersion: 3,
      caseReference: c.reference,
      date,
      attachCase: null,
    });
    return Promise.all(files.map(async (f) => `${f.name} ${await sha256Hex(f.bytes)}`));
  };

  it('have the same SHA-256 every time the same case version is made', async () => {
    const date = documentDate(c, '2026-03-12T09:30:00.000Z');
    const first = await fingerprints(date);
    expect(first.length).toBeGreaterThan(10);
    expect(await fingerprints(date)).toEqual(first);
    // The date is in the files, so another date gives other bytes.
    expect(await fingerprints(new Date('2026-04-01T00:00:00Z'))).not.toEqual(first);
  }, 120_000);

  it('are dated by the saved version, else by the signing date, never by the clock', () => {
    expect(documentDate(c, '2026-03-12T09:30:00.000Z')?.toISOString()).toBe(
      '2026-03-12T09:30:00.000Z',
    );
    const signed = { ...c, dates: { ...c.dates, signed: '2026-05-02' } };
    expect(documentDate(signed, null)?.toISOString()).toBe('2026-05-02T12:00:00.000Z');
    expect(documentDate({ ...c, dates: { ...c.dates, signed: null } }, null)).toBeNull();
  });
});
