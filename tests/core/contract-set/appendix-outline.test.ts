import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseAgreementManifest,
  parseTemplateFile,
} from '../../../electron/core/assembly/template-set';
import {
  AGREEMENT_KINDS,
  LANGUAGES,
  type AgreementKind,
  type Language,
} from '../../../electron/core/case/case-schema';
import {
  agreementOutline,
  appendicesFor,
  appendixOutline,
  tickAppendixFor,
  type AppendixOutline,
  type GeneratedContent,
} from '../../../electron/core/contract-set/appendix-outline';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { tinyAgreement, GENERAL } from '../../fixtures/templates';

const outline = appendixOutline(loadLibrary().agreements);
const CONTENTS: GeneratedContent[] = ['sla', 'prices', 'edits', 'exit', 'dpa', 'security'];
const keys = (agreement: AgreementKind) => outline[agreement].appendices.map((a) => a.key);
const title = (agreement: AgreementKind, key: string, lang: Language) =>
  outline[agreement].appendices.find((a) => a.key === key)?.title[lang];
const generated = (agreement: AgreementKind, key: string) =>
  outline[agreement].appendices.find((a) => a.key === key)?.generated;

function templateText(path: string): string {
  return readFileSync(new URL(`../../../templates/${path}`, import.meta.url), 'utf8');
}

function manifest(agreement: AgreementKind) {
  const path = `agreements/${agreement}/agreement.yaml`;
  return parseAgreementManifest(path, templateText(path));
}

/** The appendix template's own title line, read straight from the file. */
function templateTitle(agreement: AgreementKind, key: string, lang: Language): string {
  const path = `agreements/${agreement}/${lang}/appendix-${key}.md`;
  return parseTemplateFile(path, templateText(path)).front.title;
}

/** A hand-made outline, so the functions over it are tested apart from the real templates. */
const SMALL: AppendixOutline = {
  'ssa-l': {
    appendices: [
      { key: '1', title: { nb: 'Krav', nn: 'Krav', en: 'Requirements' }, generated: 'security' },
      { key: '2', title: { nb: 'Svar', nn: 'Svar', en: 'Answers' }, generated: 'security' },
      { key: '4', title: { nb: 'Nivå', nn: 'Nivå', en: 'Level' }, generated: 'sla' },
      { key: '6', title: { nb: 'Pris', nn: 'Pris', en: 'Price' }, generated: 'prices' },
    ],
    editsAppendix: null,
  },
  'ssa-sky': {
    appendices: [
      { key: '1', title: { nb: 'Krav', nn: 'Krav', en: 'Requirements' }, generated: null },
      { key: '12', title: { nb: 'Exit', nn: 'Exit', en: 'Exit' }, generated: 'exit' },
    ],
    editsAppendix: null,
  },
  'ssa-lille-sky': {
    appendices: [{ key: '5', title: { nb: 'Pris', nn: 'Pris', en: 'Price' }, generated: 'prices' }],
    editsAppendix: null,
  },
};

describe('the appendix outline of the templates', () => {
  it('lists the appendices of each agreement in numeric order', () => {
    expect(keys('ssa-l')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(keys('ssa-sky')).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(keys('ssa-lille-sky')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('has exactly the appendices of each agreement.yaml', () => {
    for (const agreement of AGREEMENT_KINDS) {
      const fromTemplates = Object.keys(manifest(agreement).appendices).sort(
        (a, b) => Number(a) - Number(b),
      );
      expect(keys(agreement)).toEqual(fromTemplates);
    }
  });

  it('names appendices in Norwegian, nynorsk and English', () => {
    expect(title('ssa-l', '4', 'nb')).toBe('Tjenestenivå med standardiserte kompensasjoner');
    expect(title('ssa-l', '4', 'nn')).toBe('Tenestenivå med standardiserte kompensasjonar');
    expect(title('ssa-l', '4', 'en')).toBe('Service level with standardised compensations');
    expect(title('ssa-sky', '10', 'nb')).toBe('Databehandleravtale');
    expect(title('ssa-sky', '12', 'en')).toBe('Exit and termination');
    expect(title('ssa-lille-sky', '5', 'nb')).toBe('Samlet pris og prisbestemmelser');
  });

  it('gives the same number a different name in different agreements', () => {
    expect(title('ssa-l', '7', 'nb')).not.toBe(title('ssa-sky', '7', 'nb'));
    expect(title('ssa-sky', '7', 'nb')).toBe('Samlet pris og prisbestemmelser');
  });

  it('is every appendix template title without its «Bilag N – » prefix, in every language', () => {
    const prefix = { nb: 'Bilag', nn: 'Vedlegg', en: 'Appendix' } as const;
    for (const agreement of AGREEMENT_KINDS) {
      for (const key of keys(agreement)) {
        for (const lang of LANGUAGES) {
          expect(
            `${prefix[lang]} ${key} – ${title(agreement, key, lang)}`,
            `${agreement} ${key} ${lang}`,
          ).toBe(templateTitle(agreement, key, lang));
        }
      }
    }
  });

  it('tells which part of the case an appendix is made from, as agreement.yaml declares', () => {
    expect(generated('ssa-l', '4')).toBe('sla');
    expect(generated('ssa-l', '7')).toBe('edits');
    expect(generated('ssa-sky', '12')).toBe('exit');
    expect(generated('ssa-l', '3')).toBeNull();
    for (const agreement of AGREEMENT_KINDS) {
      for (const [key, spec] of Object.entries(manifest(agreement).appendices)) {
        const declared = spec.content.filter((c) => c !== 'text');
        expect(declared.length).toBeLessThanOrEqual(1);
        expect(generated(agreement, key), `${agreement} ${key}`).toBe(declared[0] ?? null);
      }
    }
  });

  it('names the appendix for changes to the general text', () => {
    expect(outline['ssa-l'].editsAppendix).toBe('7');
    expect(outline['ssa-sky'].editsAppendix).toBe('8');
    expect(outline['ssa-lille-sky'].editsAppendix).toBe('6');
    for (const agreement of AGREEMENT_KINDS)
      expect(appendicesFor(outline[agreement], 'edits')).toEqual([
        outline[agreement].editsAppendix,
      ]);
  });

  it('keeps a title that has no «Bilag N – » prefix as it is', () => {
    const tiny = tinyAgreement(GENERAL, {
      'appendix-1': '---\ntitle: Kundens krav\n---\nTekst.\n',
    });
    const same = { nb: tiny.files.nb, nn: tiny.files.nb, en: tiny.files.nb };
    const result = agreementOutline({ ...tiny, files: same });
    expect(result.appendices.map((a) => [a.key, a.title.nb, a.generated])).toEqual([
      ['1', 'Kundens krav', null],
      ['4', 'Tjenestenivå', 'sla'],
    ]);
    expect(result.editsAppendix).toBeNull();
  });

  it('gives an agreement whose templates are missing no appendices', () => {
    const { 'ssa-l': only } = loadLibrary().agreements;
    expect(appendixOutline({ 'ssa-l': only })['ssa-sky']).toEqual({
      appendices: [],
      editsAppendix: null,
    });
  });
});

describe('appendicesFor', () => {
  it('finds the appendices an agreement fills from a part of the case', () => {
    expect(appendicesFor(SMALL['ssa-l'], 'security')).toEqual(['1', '2']);
    expect(appendicesFor(SMALL['ssa-l'], 'sla')).toEqual(['4']);
    expect(appendicesFor(SMALL['ssa-sky'], 'exit')).toEqual(['12']);
  });

  it('gives none where the agreement has no appendix for that part', () => {
    expect(appendicesFor(SMALL['ssa-l'], 'exit')).toEqual([]);
    expect(appendicesFor(SMALL['ssa-lille-sky'], 'dpa')).toEqual([]);
  });

  it('finds the templates’ appendices for each part', () => {
    expect(appendicesFor(outline['ssa-l'], 'security')).toEqual(['1', '2']);
    expect(appendicesFor(outline['ssa-sky'], 'dpa')).toEqual(['10']);
    expect(appendicesFor(outline['ssa-sky'], 'security')).toEqual(['11']);
    expect(appendicesFor(outline['ssa-lille-sky'], 'prices')).toEqual(['5']);
    for (const agreement of AGREEMENT_KINDS)
      for (const content of CONTENTS)
        for (const key of appendicesFor(outline[agreement], content))
          expect(generated(agreement, key)).toBe(content);
  });
});

describe('tickAppendixFor', () => {
  type Ticked = Parameters<typeof tickAppendixFor>[1];

  it('ticks the appendix for the part, keeping its text and the other appendices', () => {
    const c: Ticked = {
      agreement: 'ssa-l',
      appendices: {
        '1': { included: true, text: 'Krav' },
        '4': { included: false, text: 'Egne SLA-vilkår' },
      },
    };
    tickAppendixFor(SMALL, c, 'sla');
    expect(c.appendices).toEqual({
      '1': { included: true, text: 'Krav' },
      '4': { included: true, text: 'Egne SLA-vilkår' },
    });
  });

  it('adds the appendix with no text when it is not there yet', () => {
    const c: Ticked = {
      agreement: 'ssa-sky',
      appendices: { '1': { included: false, text: null } },
    };
    tickAppendixFor(SMALL, c, 'exit');
    expect(c.appendices).toEqual({
      '1': { included: false, text: null },
      '12': { included: true, text: null },
    });
  });

  it('ticks every appendix a part fills: the requirements in bilag 1, the answers in bilag 2', () => {
    const c: Ticked = { agreement: 'ssa-l' };
    tickAppendixFor(SMALL, c, 'security');
    expect(c.appendices).toEqual({
      '1': { included: true, text: null },
      '2': { included: true, text: null },
    });
  });

  it('creates the appendices when the case has none', () => {
    const c: Ticked = { agreement: 'ssa-lille-sky' };
    tickAppendixFor(SMALL, c, 'prices');
    expect(c.appendices).toEqual({ '5': { included: true, text: null } });
  });

  it('keeps an appendix ticked that already is', () => {
    const c: Ticked = { agreement: 'ssa-l', appendices: { '6': { included: true, text: 'x' } } };
    tickAppendixFor(SMALL, c, 'prices');
    expect(c.appendices).toEqual({ '6': { included: true, text: 'x' } });
  });

  it('replaces the appendices object instead of mutating the old one', () => {
    const before = { '4': { included: false, text: null } };
    const c: Ticked = { agreement: 'ssa-l', appendices: before };
    tickAppendixFor(SMALL, c, 'sla');
    expect(c.appendices).not.toBe(before);
    expect(before).toEqual({ '4': { included: false, text: null } });
  });

  it('does nothing where the agreement has no appendix for the part', () => {
    const appendices = { '1': { included: false, text: null } };
    const c: Ticked = { agreement: 'ssa-l', appendices };
    tickAppendixFor(SMALL, c, 'exit');
    expect(c.appendices).toBe(appendices);
    expect(appendices).toEqual({ '1': { included: false, text: null } });

    const bare: Ticked = { agreement: 'ssa-lille-sky' };
    tickAppendixFor(SMALL, bare, 'exit');
    expect(bare).toEqual({ agreement: 'ssa-lille-sky' });
  });
});
