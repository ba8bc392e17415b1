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
import { measurerOf, renderPdf } from '../../../../electron/core/render/pdf/pdf-writer';
import { findTemplatesRoot, loadLibrary } from '../../../../electron/node/templates/load-library';
import { EXAMPLES, examplePath, loadExample } from '../../../fixtures/cases';
import { tempDir } from '../../../fixtures/cli';
import { FONTS } from '../../../fixtures/fonts';

interface PlacedWord {
  text: string;
  /** The left and top of its box, in points from the page's top left. */
  x: number;
  y: number;
}

interface Converted {
  name: string;
  layout: PageLayout;
  /** LibreOffice's pages of our DOCX, as text. */
  pages: string[];
  /** The words of each page of our PDF, and of LibreOffice's rendering of our DOCX. */
  ours: PlacedWord[][];
  theirs: PlacedWord[][];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Each page's words where pdftotext finds them; not the draft watermark's tall letters. */
function wordsOf(file: string): PlacedWord[][] {
  const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g;
  return boxes
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(word)]
        .filter((m) => Number(m[3]) - Number(m[2]) < 40)
        .map((m) => ({ text: m[4] ?? '', x: Number(m[1]), y: Number(m[2]) })),
    );
}

/** The pages (from 0) that hold the contents. */
const contentsPagesOf = (layout: PageLayout): Set<number> =>
  new Set(
    layout.placed.flatMap((p) =>
      p.kind === 'line' && p.item.role === 'contents-entry' ? [p.page] : [],
    ),
  );

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
          renderPdf(doc, layout, FONTS, {
            status: 'draft',
            date: null,
            docxSha256: null,
            caseVersion: null,
            attachment: null,
          }).then((bytes) => {
            writeFileSync(join(dir, `${file}-ours.pdf`), bytes);
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
        converted.push({
          name,
          layout,
          pages: text.split('\f').slice(0, -1),
          ours: wordsOf(join(dir, `${file}-ours.pdf`)),
          theirs: wordsOf(join(dir, `${file}.pdf`)),
        });
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
      const contentsPages = contentsPagesOf(layout);
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

  // The contents are left out: LibreOffice draws its dots in other places, and pdftotext reads
  // them into the words beside them.
  it('sets every word of our PDF where LibreOffice sets it, but in the contents', () => {
    let words = 0;
    const moved: string[] = [];
    for (const { name, layout, ours, theirs } of converted) {
      const contentsPages = contentsPagesOf(layout);
      ours.forEach((page, p) => {
        if (contentsPages.has(p)) return;
        const at = new Map<string, PlacedWord[]>();
        for (const w of theirs[p] ?? []) at.set(w.text, [...(at.get(w.text) ?? []), w]);
        for (const w of page) {
          words++;
          const near = (at.get(w.text) ?? []).some(
            (v) => Math.abs(v.x - w.x) < 1.5 && Math.abs(v.y - w.y) < 1.5,
          );
          if (!near) moved.push(`${name} p. ${p + 1}: «${w.text}» at ${w.x}, ${w.y}`);
        }
      });
    }
    expect(words).toBeGreaterThan(40_000);
    expect(moved.length / words, moved.slice(0, 20).join('\n')).toBeLessThanOrEqual(0.001);
  });
});
