import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, CaseSchema, type Case } from '../../../electron/core/case/case-schema';
import { INTERNAL_FIELDS } from '../../../electron/core/case/internal-fields';
import { plainText, type Block, type Document } from '../../../electron/core/document/model';
import { buildDocuments } from '../../../electron/core/generate';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../fixtures/cases';

const library = loadLibrary();

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

interface Leaf {
  path: string;
  type: string;
  options: unknown[];
}

/** Every leaf of a schema, with `[]` for list items and `*` for record keys. */
function leaves(schema: ZodLike, path = ''): Leaf[] {
  const def = schema._zod.def;
  const inner = (key: string) => def[key] as ZodLike;
  switch (def.type) {
    case 'default':
    case 'nullable':
    case 'optional':
      return leaves(inner('innerType'), path);
    case 'pipe':
      return leaves(inner('in'), path);
    case 'object':
      return Object.entries(def.shape as Record<string, ZodLike>).flatMap(([key, value]) =>
        leaves(value, path ? `${path}.${key}` : key),
      );
    case 'array':
      return leaves(inner('element'), `${path}[]`);
    case 'record':
      return leaves(inner('valueType'), `${path}.*`);
    default:
      return [{ path, type: def.type, options: Object.values(def.entries ?? {}) }];
  }
}

type Json = Record<string | number, unknown>;

/** The object holding the value at a dotted path («dpa.subprocessors.0.name»), and its key. */
function slot(root: Json, path: string): [Json, string | number] {
  const keys = path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  let holder = root;
  for (const key of keys.slice(0, -1)) holder = holder[key] as Json;
  return [holder, keys[keys.length - 1] ?? ''];
}

function put(root: Json, path: string, value: unknown): void {
  const [holder, key] = slot(root, path);
  holder[key] = value;
}

/**
 * A case that fills every field: the SSA-Sky example, a tender pack (so weights print), with
 * everything it leaves empty filled in.
 */
function fullCase(): Json {
  const c = loadExample(EXAMPLES.ssaSky) as Json;
  const fill: Record<string, unknown> = {
    purpose: 'tender',
    coverageAppendix: true,
    'requirements.0.weight': 3,
    'requirements.0.absolute': false,
    'dpa.form': 'standard',
    'dpa.instructions': 'Kunden gir instrukser skriftlig.',
    edits: [
      {
        clause: 'assignment',
        action: 'replace',
        text: 'Ny tekst.',
        reason: 'Avtalt.',
        note: 'Internt.',
      },
    ],
    'appendices.9': { included: true, text: 'Endringslogg.' },
    'sla.serviceWindow': { days: 'weekdays', from: '07:00', to: '17:00' },
    'sla.creditCapPercent': 20,
    'sla.creditsExclusive': false,
    'sla.severities': [{ severity: 'critical', responseHours: 1, fixHours: 4 }],
    'sla.measurement': 'external-probe',
    'sla.maintenance': { noticeDays: 5, maxHoursPerMonth: 8, countsAsDowntime: true },
  };
  for (const party of ['customer', 'supplier']) {
    fill[`${party}.address.country`] = 'Norge';
    fill[`${party}.representative.phone`] = '+47 22 00 00 00';
    fill[`${party}.signatories.0.email`] = 'signerer@example.no';
    fill[`${party}.signatories.0.phone`] = '+47 22 00 00 01';
  }
  for (const [path, value] of Object.entries(fill)) put(c, path, value);
  // A sub-processor outside the EU/EEA first, so that its transfer basis is printed.
  const [dpa] = slot(c, 'dpa.subprocessors');
  dpa.subprocessors = [...(dpa.subprocessors as unknown[])].reverse();
  put(c, 'dpa.subprocessors.0.orgNumber', 'US 123456');
  put(c, 'dpa.subprocessors.0.processingCountries', ['US']);
  return c;
}

const ALTERNATES: Record<string, unknown> = {
  'customer.orgNumber': '974760673',
  'supplier.orgNumber': '974760673',
  'customer.representative.email': 'annen@example.no',
  'supplier.representative.email': 'annen@example.no',
  'customer.signatories[].email': 'annen@example.no',
  'supplier.signatories[].email': 'annen@example.no',
  'dates.signed': '2027-06-30',
  'dates.start': '2027-06-30',
  'dates.deliveryDeadline': '2027-06-30',
  'dpa.subprocessors[].country': 'SE',
  'requirements[].id': 'B.IS.40',
  'edits[].clause': 'disputes',
  'sla.availability': 99.4,
  'sla.credits[].below': 99.4,
  'dpa.breachNoticeHours': 12,
  'sla.serviceWindow.from': '08:00',
  'sla.serviceWindow.to': '16:00',
  'dpa.subprocessors[].processingCountries[]': 'JP',
};

/** A copy of the case with one leaf changed: the first list item, appendix 1. */
function alter(c: Json, leaf: Leaf): Json {
  const copy = structuredClone(c);
  const [holder, key] = slot(copy, leaf.path.replace(/\[\]/g, '.0').replace(/\*/g, '1'));
  const value = holder[key];
  if (value === undefined || value === null)
    throw new Error(`the full case does not fill ${leaf.path}`);
  holder[key] =
    leaf.path in ALTERNATES
      ? ALTERNATES[leaf.path]
      : leaf.type === 'enum'
        ? leaf.options.find((option) => option !== value)
        : typeof value === 'string'
          ? `${value} Zq`
          : typeof value === 'number'
            ? value + 1
            : typeof value === 'boolean'
              ? !value
              : value;
  return copy;
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${block.number ?? ''} ${block.text}`];
    case 'paragraph':
    case 'guidance':
      return [plainText(block.content)];
    case 'list':
      return block.items.map(plainText);
    case 'table':
      return [...block.header, ...block.rows.flat()];
    case 'signatures':
      return block.parties.flatMap((p) => [
        p.role,
        p.name,
        ...p.signatories.flatMap((s) => [s.name, s.title ?? '']),
      ]);
    case 'page-break':
      return [];
  }
}

/** Everything a reader of the set sees: titles, page headers and the text of every block. */
function printed(input: Json): string {
  const c: Case = CaseSchema.parse(input);
  return buildDocuments(c, library, { lang: c.language, guidance: false })
    .flatMap((doc: Document) => [
      doc.fileStem,
      doc.title,
      doc.header,
      ...doc.blocks.flatMap(blockText),
    ])
    .join('\n');
}

describe('every field of the case', () => {
  const all = leaves(CaseSchema as unknown as ZodLike);
  const full = fullCase();
  const agreements = [
    full,
    ...AGREEMENT_KINDS.filter((a) => a !== 'ssa-sky').map((agreement) => ({ ...full, agreement })),
  ];
  const base = agreements.map(printed);

  it('walks the whole schema', () => {
    expect(all.length).toBeGreaterThan(90);
    for (const path of Object.keys(INTERNAL_FIELDS)) expect(all.map((l) => l.path)).toContain(path);
  });

  for (const leaf of all) {
    const internal = INTERNAL_FIELDS[leaf.path];
    if (internal) {
      it(`${leaf.path} stays internal: ${internal}`, () => {
        if (leaf.type === 'literal') {
          // The format version cannot change within this version of Skyavtale.
          expect(() => printed(alter(full, leaf))).toThrow();
          return;
        }
        agreements.forEach((c, i) => {
          expect(printed(alter(c, leaf))).toBe(base[i]);
        });
      });
    } else {
      it(`${leaf.path} reaches a document`, () => {
        const reached = agreements.some((c, i) => printed(alter(c, leaf)) !== base[i]);
        expect(
          reached,
          `${leaf.path} is printed nowhere; print it or list it in INTERNAL_FIELDS`,
        ).toBe(true);
      });
    }
  }
});
