import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { SkyError } from '../core/errors';
import type { CaseFile } from '../shared/desktop-bridge';

/**
 * The extension of a case file the desktop app opens from the file manager. One dot only:
 * Windows and the Linux desktops match the last extension, so `.skyavtale.json` would claim
 * every JSON file. The content is the same case JSON the command line reads.
 */
export const CASE_FILE_EXTENSION = '.skyavtale';

/** A case with every appendix is well under a megabyte; anything far larger is not a case. */
const MAX_CASE_FILE_BYTES = 5 * 1024 * 1024;

/** The case file a launch was asked to open: the last argument with the case extension. */
export function caseFileArgument(argv: readonly string[], cwd: string): string | null {
  const file = argv.findLast(
    (arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(CASE_FILE_EXTENSION),
  );
  return file === undefined ? null : resolve(cwd, file);
}

/** Reads a case file for the window, refusing what cannot be a case with the file named. */
export async function readCaseFile(path: string): Promise<CaseFile> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) {
    throw new SkyError(
      'desktop.case-file-missing',
      {
        nb: 'fant ikke avtalefilen',
        nn: 'fann ikkje avtalefila',
        en: 'the case file was not found',
      },
      path,
    );
  }
  if (info.size > MAX_CASE_FILE_BYTES) {
    throw new SkyError(
      'desktop.case-file-too-large',
      {
        nb: `avtalefilen er ${Math.round(info.size / 1024 / 1024)} MB; en avtale er under 5 MB`,
        nn: `avtalefila er ${Math.round(info.size / 1024 / 1024)} MB; ein avtale er under 5 MB`,
        en: `the case file is ${Math.round(info.size / 1024 / 1024)} MB; a case is under 5 MB`,
      },
      path,
    );
  }
  return { name: basename(path), text: await readFile(path, 'utf8') };
}
