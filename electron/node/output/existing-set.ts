import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SkyError } from '../../core/errors';
import { formatDateTime } from '../../core/i18n/format';

const MANIFEST = 'manifest.json';

const ManifestSummarySchema = z.object({
  generatedAt: z.string(),
  status: z.enum(['draft', 'final']),
  caseVersion: z.number().nullable().optional(),
  case: z.object({ title: z.string() }),
});

/**
 * Refuses to write a set into a folder that holds one already, unless the user has confirmed
 * it: a folder with a Skyavtale manifest, or (once the names are known) with files of the names
 * the new set has. The error says what is there, and that a final set would give way to a draft.
 */
export function refuseToReplace(folder: string, incoming: { names: string[]; final: boolean }) {
  const manifestPath = join(folder, MANIFEST);
  if (existsSync(manifestPath)) {
    let summary: z.infer<typeof ManifestSummarySchema> | null = null;
    try {
      const parsed = ManifestSummarySchema.safeParse(
        JSON.parse(readFileSync(manifestPath, 'utf8')),
      );
      summary = parsed.success ? parsed.data : null;
    } catch {
      summary = null;
    }
    throw setExists(folder, summary, incoming.final);
  }
  const same = incoming.names.filter((name) => existsSync(join(folder, name)));
  if (same.length > 0) {
    const listed = same
      .slice(0, 3)
      .map((n) => `«${n}»`)
      .join(', ');
    const more = same.length > 3 ? ` (+${same.length - 3})` : '';
    throw new SkyError(
      'export.exists',
      {
        nb: `mappen har allerede filer med de samme navnene (${listed}${more}); de erstattes bare når du bekrefter det`,
        nn: `mappa har allereie filer med dei same namna (${listed}${more}); dei blir berre erstatta når du stadfestar det`,
        en: `the folder already has files of the same names (${listed}${more}); they are replaced only when you confirm it`,
      },
      folder,
    );
  }
}

/** Refuses to write over a file (a pack) unless the user has confirmed it. */
export function refuseToReplaceFile(path: string): void {
  if (!existsSync(path)) return;
  throw new SkyError(
    'export.exists',
    {
      nb: 'filen finnes allerede; den erstattes bare når du bekrefter det',
      nn: 'fila finst allereie; ho blir berre erstatta når du stadfestar det',
      en: 'the file already exists; it is replaced only when you confirm it',
    },
    path,
  );
}

function setExists(
  folder: string,
  summary: z.infer<typeof ManifestSummarySchema> | null,
  final: boolean,
): SkyError {
  if (!summary) {
    return new SkyError(
      'export.exists',
      {
        nb: 'mappen har allerede et sett med manifest.json; det erstattes bare når du bekrefter det',
        nn: 'mappa har allereie eit sett med manifest.json; det blir berre erstatta når du stadfestar det',
        en: 'the folder already holds a set with manifest.json; it is replaced only when you confirm it',
      },
      folder,
    );
  }
  const made = formatDateTime(summary.generatedAt);
  const version = summary.caseVersion ? `, versjon ${summary.caseVersion}` : '';
  const versionEn = summary.caseVersion ? `, version ${summary.caseVersion}` : '';
  if (summary.status === 'final' && !final) {
    return new SkyError(
      'export.exists',
      {
        nb: `mappen har allerede et endelig sett for signering («${summary.case.title}»${version}, laget ${made}); et utkast erstatter det bare når du bekrefter det`,
        nn: `mappa har allereie eit endeleg sett for signering («${summary.case.title}»${version}, laga ${made}); eit utkast erstattar det berre når du stadfestar det`,
        en: `the folder already holds a final set for signing («${summary.case.title}»${versionEn}, made ${made}); a draft replaces it only when you confirm it`,
      },
      folder,
    );
  }
  const kind = summary.status === 'final' ? 'endelig' : 'utkast';
  const kindNn = summary.status === 'final' ? 'endeleg' : 'utkast';
  const kindEn = summary.status === 'final' ? 'final' : 'draft';
  return new SkyError(
    'export.exists',
    {
      nb: `mappen har allerede et sett (${kind}, «${summary.case.title}»${version}, laget ${made}); det erstattes bare når du bekrefter det`,
      nn: `mappa har allereie eit sett (${kindNn}, «${summary.case.title}»${version}, laga ${made}); det blir berre erstatta når du stadfestar det`,
      en: `the folder already holds a set (${kindEn}, «${summary.case.title}»${versionEn}, made ${made}); it is replaced only when you confirm it`,
    },
    folder,
  );
}
