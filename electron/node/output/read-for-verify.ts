import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { SkyError } from '../../core/errors';

/** A manifest lists a set's files in a few kilobytes; anything far larger is not one. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** PDFs up to this size are opened to read their stamp; larger ones are only fingerprinted. */
export const MAX_STAMP_READ_BYTES = 200 * 1024 * 1024;

/** The size of a regular file; a folder, device or pipe (`/dev/zero`) is refused by name. */
async function regularFileSize(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    throw new SkyError(
      'verify.unreadable',
      code === 'ENOENT'
        ? { nb: 'filen finnes ikke', en: 'the file does not exist' }
        : { nb: `kan ikke lese filen (${code})`, en: `cannot read the file (${code})` },
      path,
    );
  }
  if (!info.isFile()) {
    throw new SkyError(
      'verify.not-a-file',
      {
        nb: 'dette er ikke en vanlig fil (en mappe eller en enhet); oppgi filen som skal kontrolleres',
        nn: 'dette er ikkje ei vanleg fil (ei mappe eller ei eining); oppgi fila som skal kontrollerast',
        en: 'this is not a regular file (a folder or a device); name the file to check',
      },
      path,
    );
  }
  return info.size;
}

/** The SHA-256 of a regular file, read as a stream so its size never fills memory. */
export async function fingerprintFile(path: string): Promise<{ sha256: string; size: number }> {
  const size = await regularFileSize(path);
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    throw new SkyError(
      'verify.unreadable',
      { nb: `kan ikke lese filen (${code})`, en: `cannot read the file (${code})` },
      path,
    );
  }
  return { sha256: hash.digest('hex'), size };
}

/** The bytes of a PDF small enough to open for its stamp, else null. */
export async function pdfBytesFor(path: string, size: number): Promise<Uint8Array | null> {
  if (!path.toLowerCase().endsWith('.pdf') || size > MAX_STAMP_READ_BYTES) return null;
  return new Uint8Array(await readFile(path));
}

/**
 * A manifest's parsed JSON, or null when there is none at `path`. One that is not a regular
 * file, is too large or is not JSON is refused with a message, never a stack trace.
 */
export async function readManifestJson(path: string): Promise<unknown> {
  let size: number;
  try {
    size = await regularFileSize(path);
  } catch (error) {
    if (error instanceof SkyError && error.code === 'verify.unreadable') return null;
    throw error;
  }
  const invalid = (nb: string, en: string) =>
    new SkyError('verify.manifest-invalid', { nb, en }, path);
  if (size > MAX_MANIFEST_BYTES) {
    throw invalid(
      `filen er for stor til å være et Skyavtale-manifest (over ${MAX_MANIFEST_BYTES / 1024 / 1024} MB)`,
      `the file is too large to be a Skyavtale manifest (over ${MAX_MANIFEST_BYTES / 1024 / 1024} MB)`,
    );
  }
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw invalid(
      'filen er ikke et Skyavtale-manifest (den er ikke gyldig JSON)',
      'the file is not a Skyavtale manifest (it is not valid JSON)',
    );
  }
}
