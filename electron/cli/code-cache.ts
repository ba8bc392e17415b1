import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { writeCacheFile } from '../node/cache-file';

/** A CommonJS bundle run through V8 with the compiled code an earlier run left in a cache file. */
export interface CachedBundle<T> {
  exports: T;
  /** Whether V8 took its compiled code from the cache file. */
  fromCache: boolean;
  /**
   * Writes this run's compiled code to the cache file, unless it came from there. Called after
   * the work, so the file holds every function the work ran, not only the bundle's top level.
   */
  keep(): void;
}

const DIGEST_BYTES = 32;
const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/**
 * The cache file holds the SHA-256 of the bundle's source, the SHA-256 of V8's data, then the
 * data. V8 checks the data against its own version and flags, but against the source only by its
 * length, and it reads damaged data without a checksum: the two digests cover both.
 */
function readCache(cacheFile: string | null, sourceDigest: Buffer): Buffer | undefined {
  if (cacheFile === null) return undefined;
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = file.subarray(2 * DIGEST_BYTES);
  const intact =
    file.length > 2 * DIGEST_BYTES &&
    file.subarray(0, DIGEST_BYTES).equals(sourceDigest) &&
    file.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES).equals(sha256(data));
  return intact ? data : undefined;
}

/**
 * Runs a CommonJS bundle as Node's loader would, but compiled with V8's code cache, so that a
 * cold process neither parses the bundle nor compiles again the functions an earlier run of the
 * same kind compiled. (Node 20 has no compile cache, and Node 22's keeps only what a module
 * compiles as it loads.)
 */
export function loadBundle<T>(file: string, cacheFile: string | null): CachedBundle<T> {
  // Hashed as bytes: hashing the decoded string would first encode it again.
  const bytes = readFileSync(file);
  const sourceDigest = sha256(bytes);
  const source = bytes.toString('utf8');
  const cachedData = readCache(cacheFile, sourceDigest);
  // Node's module wrapper, on a line of its own, so that stack traces keep the bundle's lines.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {\n${source}\n})`,
    { filename: file, lineOffset: -1, cachedData },
  );
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  return {
    exports: module.exports,
    fromCache,
    keep: () => {
      if (cacheFile === null || fromCache) return;
      const data = script.createCachedData();
      writeCacheFile(cacheFile, Buffer.concat([sourceDigest, sha256(data), data]));
    },
  };
}
