import { SkyError } from '../../core/errors';

const REASONS: Record<string, { nb: string; nn?: string; en: string }> = {
  EACCES: { nb: 'du har ikke skrivetilgang', en: 'you have no write access' },
  EPERM: { nb: 'du har ikke skrivetilgang', en: 'you have no write access' },
  EROFS: { nb: 'stedet ligger på en skrivebeskyttet disk', en: 'the place is on a read-only disk' },
  ENOSPC: { nb: 'disken er full', en: 'the disk is full' },
  ENOTDIR: {
    nb: 'en del av stien er en fil, ikke en mappe',
    en: 'part of the path is a file, not a folder',
  },
  EEXIST: {
    nb: 'stien eller en del av den er en fil, ikke en mappe',
    en: 'the path or part of it is a file, not a folder',
  },
  EISDIR: { nb: 'stien er en mappe, ikke en fil', en: 'the path is a folder, not a file' },
};

/** Turns a file-system failure into a message that names the place and says nothing was written. */
export function outputError(error: unknown, where: string): SkyError {
  const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
  const reason = REASONS[code] ?? {
    nb: `uventet feil (${code})`,
    en: `unexpected error (${code})`,
  };
  return new SkyError(
    'output.unwritable',
    {
      nb: `kan ikke skrive filene: ${reason.nb}. Ingenting er skrevet.`,
      en: `cannot write the files: ${reason.en}. Nothing was written.`,
    },
    where,
  );
}

/**
 * A file of a set that could not be replaced. With `keptIn` null every change was undone and
 * the folder holds the previous set whole; otherwise the previous files wait in `keptIn`.
 */
export function replaceError(error: unknown, file: string, keptIn: string | null): SkyError {
  const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
  const open = code === 'EBUSY' || code === 'EPERM';
  const reason = open
    ? {
        nb: 'filen er åpen i et annet program; lukk filen i Word og prøv igjen',
        nn: 'fila er open i eit anna program; lukk fila i Word og prøv igjen',
        en: 'the file is open in another program; close the file in Word and try again',
      }
    : (REASONS[code] ?? { nb: `uventet feil (${code})`, en: `unexpected error (${code})` });
  return new SkyError(
    open ? 'output.file-open' : 'output.unwritable',
    keptIn === null
      ? {
          nb: `kan ikke bytte ut filen: ${reason.nb}. Den forrige utgaven av filene ligger urørt i mappen.`,
          nn: `kan ikkje byte ut fila: ${reason.nn ?? reason.nb}. Den førre utgåva av filene ligg urørt i mappa.`,
          en: `cannot replace the file: ${reason.en}. The previous set of files is untouched in the folder.`,
        }
      : {
          nb: `kan ikke bytte ut filen: ${reason.nb}. Noen filer ble byttet ut; den forrige utgaven ligger i ${keptIn}.`,
          nn: `kan ikkje byte ut fila: ${reason.nn ?? reason.nb}. Nokre filer vart bytte ut; den førre utgåva ligg i ${keptIn}.`,
          en: `cannot replace the file: ${reason.en}. Some files were replaced; the previous set is in ${keptIn}.`,
        },
    file,
  );
}
