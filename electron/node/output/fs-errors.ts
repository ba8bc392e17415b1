import { SkyError } from '../../core/errors';

const REASONS: Record<string, { nb: string; en: string }> = {
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
