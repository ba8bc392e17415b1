import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseAgreementManifest,
  parseTemplateFile,
} from '../../../electron/core/assembly/template-set';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../electron/core/case/case-schema';
import {
  appendicesFor,
  appendixName,
  appendixNumbers,
  editsAppendix,
  generatedContent,
  tickAppendixFor,
  type GeneratedContent,
} from '../../../renderer/src/case/appendix-names';

const CONTENTS: GeneratedContent[] = ['sla', 'prices', 'edits', 'exit', 'dpa', 'security'];

function templateText(path: string): string {
  return readFileSync(new URL(`../../../templates/${path}`, import.meta.url), 'utf8');
}

function manifest(agreement: AgreementKind) {
  const path = `agreements/${agreement}/agreement.yaml`;
  return parseAgreementManifest(path, templateText(path));
}

/** The appendix title in the template, without its «Bilag 4 – » / «Appendix 4 – » prefix. */
function templateTitle(agreement: AgreementKind, key: string, lang: 'nb' | 'en'): string {
  const path = `agreements/${agreement}/${lang}/appendix-${key}.md`;
  const { title } = parseTemplateFile(path, templateText(path)).front;
  return title.replace(/^(Bilag|Appendix) \d+ – /, '');
}

describe('appendixNumbers', () => {
  it('lists the appendices of each agreement in numeric order', () => {
    expect(appendixNumbers('ssa-l')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(appendixNumbers('ssa-sky')).toEqual([
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
    expect(appendixNumbers('ssa-lille-sky')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('matches the appendices in each agreement.yaml', () => {
    for (const agreement of AGREEMENT_KINDS) {
      const fromTemplates = Object.keys(manifest(agreement).appendices).sort(
        (a, b) => Number(a) - Number(b),
      );
      expect(appendixNumbers(agreement)).toEqual(fromTemplates);
    }
  });
});

describe('appendixName', () => {
  it('names appendices in Norwegian and English', () => {
    expect(appendixName('ssa-l', '4', 'nb')).toBe('Tjenestenivå med standardiserte kompensasjoner');
    expect(appendixName('ssa-l', '4', 'en')).toBe('Service level with standardised compensations');
    expect(appendixName('ssa-sky', '10', 'nb')).toBe('Databehandleravtale');
    expect(appendixName('ssa-sky', '12', 'en')).toBe('Exit and termination');
    expect(appendixName('ssa-lille-sky', '5', 'nb')).toBe('Samlet pris og prisbestemmelser');
  });

  it('gives the same number a different name in different agreements', () => {
    expect(appendixName('ssa-l', '7', 'nb')).not.toBe(appendixName('ssa-sky', '7', 'nb'));
    expect(appendixName('ssa-sky', '7', 'nb')).toBe('Samlet pris og prisbestemmelser');
  });

  it('gives an empty string for an appendix the agreement does not have', () => {
    expect(appendixName('ssa-l', '10', 'nb')).toBe('');
    expect(appendixName('ssa-lille-sky', '7', 'en')).toBe('');
    expect(appendixName('ssa-l', '', 'en')).toBe('');
  });

  it('matches the title of every appendix template, in both languages', () => {
    for (const agreement of AGREEMENT_KINDS) {
      for (const key of appendixNumbers(agreement)) {
        for (const lang of ['nb', 'en'] as const) {
          expect(appendixName(agreement, key, lang), `${agreement} ${key} ${lang}`).toBe(
            templateTitle(agreement, key, lang),
          );
        }
      }
    }
  });
});

describe('editsAppendix', () => {
  it('names the appendix for changes to the general text', () => {
    expect(editsAppendix('ssa-l')).toBe('7');
    expect(editsAppendix('ssa-sky')).toBe('8');
    expect(editsAppendix('ssa-lille-sky')).toBe('6');
  });

  it('is the appendix generated from the edits', () => {
    for (const agreement of AGREEMENT_KINDS) {
      expect(appendicesFor(agreement, 'edits')).toEqual([editsAppendix(agreement)]);
    }
  });
});

describe('generatedContent', () => {
  it('tells which part of the case an appendix is made from', () => {
    expect(generatedContent('ssa-l', '4')).toBe('sla');
    expect(generatedContent('ssa-l', '6')).toBe('prices');
    expect(generatedContent('ssa-l', '7')).toBe('edits');
    expect(generatedContent('ssa-sky', '5')).toBe('sla');
    expect(generatedContent('ssa-sky', '12')).toBe('exit');
    expect(generatedContent('ssa-lille-sky', '5')).toBe('prices');
  });

  it('gives null for an appendix with only its own text, or an unknown one', () => {
    expect(generatedContent('ssa-l', '3')).toBeNull();
    expect(generatedContent('ssa-sky', '9')).toBeNull();
    expect(generatedContent('ssa-l', '12')).toBeNull();
  });

  it('matches the content each agreement.yaml declares', () => {
    for (const agreement of AGREEMENT_KINDS) {
      for (const [key, spec] of Object.entries(manifest(agreement).appendices)) {
        const generated = spec.content.filter((c) => c !== 'text');
        expect(generated.length).toBeLessThanOrEqual(1);
        expect(generatedContent(agreement, key), `${agreement} ${key}`).toBe(generated[0] ?? null);
      }
    }
  });
});

describe('appendicesFor', () => {
  it('finds the appendices an agreement fills from a part of the case', () => {
    expect(appendicesFor('ssa-l', 'sla')).toEqual(['4']);
    expect(appendicesFor('ssa-l', 'prices')).toEqual(['6']);
    expect(appendicesFor('ssa-l', 'security')).toEqual(['1', '2']);
    expect(appendicesFor('ssa-sky', 'sla')).toEqual(['5']);
    expect(appendicesFor('ssa-sky', 'prices')).toEqual(['7']);
    expect(appendicesFor('ssa-sky', 'exit')).toEqual(['12']);
    expect(appendicesFor('ssa-sky', 'dpa')).toEqual(['10']);
    expect(appendicesFor('ssa-sky', 'security')).toEqual(['11']);
    expect(appendicesFor('ssa-lille-sky', 'sla')).toEqual(['4']);
    expect(appendicesFor('ssa-lille-sky', 'prices')).toEqual(['5']);
  });

  it('gives none where the agreement has no appendix for that part', () => {
    expect(appendicesFor('ssa-l', 'exit')).toEqual([]);
    expect(appendicesFor('ssa-l', 'dpa')).toEqual([]);
    expect(appendicesFor('ssa-lille-sky', 'exit')).toEqual([]);
  });

  it('is the inverse of generatedContent', () => {
    for (const agreement of AGREEMENT_KINDS) {
      for (const content of CONTENTS) {
        for (const key of appendicesFor(agreement, content))
          expect(generatedContent(agreement, key)).toBe(content);
      }
    }
  });
});

describe('tickAppendixFor', () => {
  it('ticks the appendix for the part, keeping its text and the other appendices', () => {
    const c = {
      agreement: 'ssa-l' as const,
      appendices: {
        '1': { included: true, text: 'Krav' },
        '4': { included: false, text: 'Egne SLA-vilkår' },
      },
    };
    tickAppendixFor(c, 'sla');
    expect(c.appendices).toEqual({
      '1': { included: true, text: 'Krav' },
      '4': { included: true, text: 'Egne SLA-vilkår' },
    });
  });

  it('adds the appendix with no text when it is not there yet', () => {
    const c: Parameters<typeof tickAppendixFor>[0] = {
      agreement: 'ssa-sky',
      appendices: { '1': { included: false, text: null } },
    };
    tickAppendixFor(c, 'exit');
    expect(c.appendices).toEqual({
      '1': { included: false, text: null },
      '12': { included: true, text: null },
    });
  });

  it('ticks every appendix a part fills: the requirements in bilag 1, the answers in bilag 2', () => {
    const c: Parameters<typeof tickAppendixFor>[0] = { agreement: 'ssa-l' };
    tickAppendixFor(c, 'security');
    expect(c.appendices).toEqual({
      '1': { included: true, text: null },
      '2': { included: true, text: null },
    });
  });

  it('creates the appendices when the case has none', () => {
    const c: Parameters<typeof tickAppendixFor>[0] = { agreement: 'ssa-lille-sky' };
    tickAppendixFor(c, 'prices');
    expect(c.appendices).toEqual({ '5': { included: true, text: null } });
  });

  it('keeps an appendix ticked that already is', () => {
    const c: Parameters<typeof tickAppendixFor>[0] = {
      agreement: 'ssa-l',
      appendices: { '6': { included: true, text: 'x' } },
    };
    tickAppendixFor(c, 'prices');
    expect(c.appendices).toEqual({ '6': { included: true, text: 'x' } });
  });

  it('replaces the appendices object instead of mutating the old one', () => {
    const before = { '4': { included: false, text: null } };
    const c: Parameters<typeof tickAppendixFor>[0] = { agreement: 'ssa-l', appendices: before };
    tickAppendixFor(c, 'sla');
    expect(c.appendices).not.toBe(before);
    expect(before).toEqual({ '4': { included: false, text: null } });
  });

  it('does nothing where the agreement has no appendix for the part', () => {
    const appendices = { '1': { included: false, text: null } };
    const c: Parameters<typeof tickAppendixFor>[0] = { agreement: 'ssa-l', appendices };
    tickAppendixFor(c, 'exit');
    expect(c.appendices).toBe(appendices);
    expect(appendices).toEqual({ '1': { included: false, text: null } });

    const bare: Parameters<typeof tickAppendixFor>[0] = { agreement: 'ssa-lille-sky' };
    tickAppendixFor(bare, 'exit');
    expect(bare).toEqual({ agreement: 'ssa-lille-sky' });
  });
});
