import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  largestCase,
  LARGEST_REQUIREMENT_COUNT,
  scaledTemplates,
} from '../../../../bench/largest-case';
import { CaseSchema } from '../../../../electron/core/case/case-schema';
import { buildDocuments } from '../../../../electron/core/generate';
import { renderDocx } from '../../../../electron/core/render/docx-writer';
import {
  layoutDocument,
  type PageLayout,
} from '../../../../electron/core/render/layout/page-layout';
import { measurerOf } from '../../../../electron/core/render/pdf/pdf-writer';
import { findTemplatesRoot, loadLibrary } from '../../../../electron/node/templates/load-library';
import { EXAMPLES, examplePath, loadExample } from '../../../fixtures/cases';
import { tempDir } from '../../../fixtures/cli';
import { FONTS } from '../../../fixtures/fonts';

interface Converted {
  name: string;
  layout: PageLayout;
  /** LibreOffice's pages of our DOCX, as text. */
  pages: string[];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The page (from 0) on which LibreOffice sets a heading, outside the contents pages and not before
 * `from`: the parts of a data processing agreement number their clauses from 1 each.
 */
function pageOfHeading(pages: string[], skip: Set<number>, from: number, heading: string): number {
  const start = squash(heading).slice(0, 40);
  return pages.findIndex(
    (page, i) =>
      i >= from && !skip.has(i) && page.split('\n').some((line) => squash(line).startsWith(start)),
  );
}

describe('the DOCX as LibreOffice lays it out', () => {
  const converted: Converted[] = [];

  // Every example and the largest case, converted by one LibreOffice run.
  beforeAll(() => {
    const dir = tempDir('skyavtale-agreement-');
    const measurer = measurerOf(FONTS);
    const library = loadLibrary();
    const scaled = loadLibrary(
      scaledTemplates(findTemplatesRoot(), library.bank, LARGEST_REQUIREMENT_COUNT),
    );
    const cases = [
      ...Object.values(EXAMPLES).map((example) => ({
        name: example,
        c: CaseSchema.parse(loadExample(example)),
        library,
      })),
      {
        name: 'largest',
        c: CaseSchema.parse(largestCase(examplePath(EXAMPLES.ssaSky), scaled.bank)),
        library: scaled,
      },
    ];
    const pending: Promise<void>[] = [];
    const layouts = new Map<string, { name: string; layout: PageLayout }>();
    cases.forEach(({ name, c, library: lib }, n) => {
      buildDocuments(c, lib, { lang: c.language, guidance: false }).forEach((doc, i) => {
        const layout = layoutDocument(doc, measurer);
        const file = `${n}-${i}`;
        layouts.set(file, { name: `${name}: ${doc.fileStem}`, layout });
        pending.push(
          renderDocx(doc, layout, {
            status: 'draft',
            caseReference: null,
            caseVersion: null,
            date: null,
          }).then((bytes) => {
            writeFileSync(join(dir, `${file}.docx`), bytes);
          }),
        );
      });
    });
    return Promise.all(pending).then(() => {
      const docx = readdirSync(dir).filter((f) => f.endsWith('.docx'));
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/lo-profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          ...docx,
        ],
        { cwd: dir, stdio: 'ignore' },
      );
      for (const [file, { name, layout }] of layouts) {
        const text = execFileSync(
          'pdftotext',
          ['-layout', '-enc', 'UTF-8', join(dir, `${file}.pdf`), '-'],
          {
            encoding: 'utf8',
          },
        );
        converted.push({ name, layout, pages: text.split('\f').slice(0, -1) });
      }
    });
  }, 300_000);

  it('has as many pages as our PDF, for every document', () => {
    expect(converted.length).toBeGreaterThan(20);
    const counts = converted.map(({ name, pages }) => `${name}: ${pages.length}`);
    expect(counts).toEqual(converted.map(({ name, layout }) => `${name}: ${layout.pageCount}`));
  });

  it('puts at least 98 % of the headings in the contents on the page the contents give', () => {
    let entries = 0;
    const off: string[] = [];
    for (const { name, layout, pages } of converted) {
      const contentsPages = new Set(
        layout.placed.flatMap((p) =>
          p.kind === 'line' && p.item.role === 'contents-entry' ? [p.page] : [],
        ),
      );
      let from = 0;
      for (const entry of layout.contents) {
        entries++;
        const { number, text } = entry.heading;
        const page = pageOfHeading(pages, contentsPages, from, `${number} ${text}`);
        from = Math.max(from, page);
        if (page !== entry.page)
          off.push(`${name}: ${number} ${text} on ${page + 1}, contents say ${entry.page + 1}`);
      }
    }
    expect(entries).toBeGreaterThan(300);
    expect(off.length / entries, off.join('\n')).toBeLessThanOrEqual(0.02);
  });
});
