import { zipSync, type Zippable } from 'fflate';
import type { Case, Language } from '../case/case-schema';
import { AGREEMENT_NAMES } from '../case/case-schema';
import { formatDate } from '../i18n/format';
import type { GeneratedFile } from '../generate';
import type { Manifest } from './manifest';

const CONTENTS_NAME = { nb: 'INNHOLD.txt', nn: 'INNHALD.txt', en: 'CONTENTS.txt' } as const;

const TEXT = {
  nb: {
    heading: 'Skyavtale – innholdet i pakken',
    case: 'Sak',
    agreement: 'Avtale',
    parties: 'Parter',
    made: 'Laget',
    status: 'Status',
    final: 'Endelig',
    draft: 'Utkast',
    files: 'Avtalen og bilagene',
    workingPapers: 'Arbeidsdokumenter, ikke del av avtalen',
    check:
      'Kontroller en fil med «skyavtale verify FIL», eller sammenlign «sha256sum FIL» med manifest.json.',
  },
  nn: {
    heading: 'Skyavtale – innhaldet i pakken',
    case: 'Sak',
    agreement: 'Avtale',
    parties: 'Partar',
    made: 'Laga',
    status: 'Status',
    final: 'Endeleg',
    draft: 'Utkast',
    files: 'Avtalen og vedlegga',
    workingPapers: 'Arbeidsdokument, ikkje del av avtalen',
    check:
      'Kontroller ei fil med «skyavtale verify FIL», eller samanlikn «sha256sum FIL» med manifest.json.',
  },
  en: {
    heading: 'Skyavtale – contents of the pack',
    case: 'Case',
    agreement: 'Agreement',
    parties: 'Parties',
    made: 'Made',
    status: 'Status',
    final: 'Final',
    draft: 'Draft',
    files: 'The agreement and its appendices',
    workingPapers: 'Working papers, not part of the agreement',
    check:
      'Check a file with "skyavtale verify FILE", or compare "sha256sum FILE" with manifest.json.',
  },
} as const;

/**
 * Case text on one line of the contents list: a line break or other control character in a name
 * is written as an escape (`\n`), so no value can add a line, such as a fake file entry.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The human-readable list of what a pack holds. */
export function contentsText(c: Case, manifest: Manifest, lang: Language): string {
  const t = TEXT[lang];
  const made = `${formatDate(manifest.generatedAt.slice(0, 10), lang)} ${manifest.generatedAt.slice(11, 16)} UTC`;
  const nameWidth = Math.max(...manifest.files.map((f) => f.name.length));
  const line = (f: Manifest['files'][number]) =>
    `  ${oneLine(f.name).padEnd(nameWidth)}  ${String(f.size).padStart(9)} B  sha256 ${f.sha256}`;
  const workingPapers = manifest.files.filter((f) => !f.partOfAgreement);
  return [
    t.heading,
    '',
    `${t.case}: ${oneLine(c.title)}${c.reference ? ` (${oneLine(c.reference)})` : ''}`,
    `${t.agreement}: ${AGREEMENT_NAMES[c.agreement]}`,
    `${t.parties}: ${oneLine(c.customer.name)} – ${oneLine(c.supplier.name)}`,
    `${t.made}: ${made}`,
    `${t.status}: ${manifest.status === 'final' ? t.final : t.draft}`,
    '',
    `${t.files}:`,
    ...manifest.files.filter((f) => f.partOfAgreement).map(line),
    ...(workingPapers.length > 0 ? ['', `${t.workingPapers}:`, ...workingPapers.map(line)] : []),
    '',
    t.check,
    '',
  ].join('\r\n');
}

/** Zips the documents with manifest.json and a contents list, in a stable order. */
export function buildPack(
  c: Case,
  files: GeneratedFile[],
  manifest: Manifest,
  lang: Language,
  now: Date,
): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  // PDF and DOCX are compressed already; deflating them again costs time and saves nothing.
  for (const file of files) entries[file.name] = [file.bytes, { level: 0, mtime: now }];
  entries['manifest.json'] = [
    encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`),
    { level: 6, mtime: now },
  ];
  entries[CONTENTS_NAME[lang]] = [
    encoder.encode(contentsText(c, manifest, lang)),
    { level: 6, mtime: now },
  ];
  return zipSync(entries);
}
