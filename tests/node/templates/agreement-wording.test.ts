import { describe, expect, it } from 'vitest';
import { LANGUAGES, type AgreementKind } from '../../../electron/core/case/case-schema';
import { loadLibrary } from '../../../electron/node/templates/load-library';

const library = loadLibrary();

function templates(kind: AgreementKind) {
  const found = library.agreements[kind];
  if (!found) throw new Error(`${kind} is not installed`);
  return found;
}

function title(kind: AgreementKind, lang: (typeof LANGUAGES)[number], number: number): string {
  const file = templates(kind).files[lang][`appendix-${number}`];
  return (file?.front.title ?? '').replace(/^\S+ \d+ – /, '');
}

function clause(kind: AgreementKind, lang: (typeof LANGUAGES)[number], id: string): string {
  const body = templates(kind).files[lang].general?.body ?? '';
  const start = body.indexOf(`{#${id}}`);
  const end = body.indexOf('\n#', start);
  return body.slice(start, end).replace(/\s+/g, ' ');
}

const KINDS: AgreementKind[] = ['ssa-l', 'ssa-sky', 'ssa-lille-sky'];

describe('the wording a lawyer relies on', () => {
  it.each(KINDS)(
    '%s: confidentiality follows forvaltningsloven § 13 ff., public access offentleglova',
    (kind) => {
      expect(clause(kind, 'nb', 'confidentiality')).toContain('følger forvaltningsloven § 13 flg.');
      expect(clause(kind, 'nn', 'confidentiality')).toContain('følgjer forvaltningslova § 13 flg.');
      expect(clause(kind, 'en', 'confidentiality')).toContain(
        'follows section 13 et seq. of the Norwegian Public Administration Act',
      );
      expect(clause(kind, 'nb', 'confidentiality')).toContain(
        'for Leverandøren følger den også av denne avtalen',
      );
      expect(clause(kind, 'nb', 'confidentiality')).toContain(
        'Innsyn i avtalen og dokumentene etter den følger offentleglova',
      );
      expect(clause(kind, 'en', 'confidentiality')).toContain(
        'Public access to the agreement and to documents under it is governed by the Norwegian Freedom of Information Act',
      );
    },
  );

  it('gives SSA-L the official nynorsk appendix titles', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => title('ssa-l', 'nn', n))).toEqual([
      'Kunden sin kravspesifikasjon',
      'Leverandøren si skildring av tenesta',
      'Plan for etableringsfasen',
      'Tenestenivå med standardiserte kompensasjonar',
      'Administrative reglar',
      'Samla pris og prisreglar',
      'Endringar i den generelle avtaleteksten',
      'Endringar av avtalen etter avtaleinngåinga',
      'Vilkår for Kunden sin tilgang og bruk av tredjepartsleveransar',
    ]);
  });

  it.each(LANGUAGES)('titles the same kind of appendix alike in every agreement (%s)', (lang) => {
    const same = (pairs: [AgreementKind, number][]) => {
      expect(new Set(pairs.map(([kind, n]) => title(kind, lang, n))).size).toBe(1);
    };
    same([
      ['ssa-l', 1],
      ['ssa-sky', 1],
    ]);
    same([
      ['ssa-l', 5],
      ['ssa-sky', 6],
    ]);
    same([
      ['ssa-l', 6],
      ['ssa-sky', 7],
      ['ssa-lille-sky', 5],
    ]);
    same([
      ['ssa-l', 7],
      ['ssa-sky', 8],
      ['ssa-lille-sky', 6],
    ]);
    same([
      ['ssa-l', 8],
      ['ssa-sky', 9],
    ]);
  });

  it('writes SSA-L in English as a lawyer would, without calques', () => {
    const general = templates('ssa-l').files.en.general?.body ?? '';
    expect(general).not.toMatch(/sought resolved|\bcomplain\b/);
    expect(clause('ssa-l', 'en', 'negotiation')).toContain(
      'The parties shall first seek to resolve a dispute by negotiation.',
    );
    expect(clause('ssa-l', 'en', 'customer-default-claim')).toContain(
      'written notice of the breach',
    );
  });
});
