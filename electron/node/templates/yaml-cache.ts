import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { readYamlText, type YamlReader } from '../../core/data/parse-yaml';
import { writeCacheFile } from '../cache-file';

/** Bump when the meaning of a cached entry changes (another YAML library or version). */
const FORMAT = 1;

/**
 * The templates' YAML as already parsed, by the SHA-256 of its text, kept in a JSON file: reading
 * JSON takes a fraction of parsing YAML, which was most of a cold command's template loading.
 * Keyed by content, not by file name and time, so a changed or moved file simply misses.
 */
export interface YamlCache {
  read: YamlReader;
  /**
   * Writes the entries used since opening, first, then the others it held, up to twice as many
   * as were used; only if that changes the file.
   */
  save: () => void;
}

function readEntries(file: string): Map<string, string> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      format?: unknown;
      entries?: unknown;
    };
    if (stored.format !== FORMAT || typeof stored.entries !== 'object' || !stored.entries)
      return new Map();
    return new Map(
      Object.entries(stored.entries).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    // No cache yet, or one cut short: parse the YAML as if there were none.
    return new Map();
  }
}

/**
 * How many entries the file keeps, as a multiple of those its last run used: the entries of a
 * second template folder stay (the shipped templates and the benchmark's scaled ones take turns),
 * while the old versions of an edited file fall out at the back.
 */
const KEPT_PER_USED = 2;

/** Opens the cache file (which need not exist); `null` parses every time and keeps nothing. */
export function openYamlCache(file: string | null): YamlCache {
  if (file === null) return { read: readYamlText, save: () => undefined };
  const stored = readEntries(file);
  const used = new Map<string, string>();
  return {
    read: (source) => {
      const key = createHash('sha256').update(source).digest('base64url');
      const json = stored.get(key);
      if (json !== undefined) {
        used.set(key, json);
        return JSON.parse(json) as unknown;
      }
      const data = readYamlText(source);
      const fresh = JSON.stringify(data);
      // Only what JSON gives back unchanged is kept (YAML can also say .inf or .nan).
      if (isDeepStrictEqual(JSON.parse(fresh), data)) {
        used.set(key, fresh);
      }
      return data;
    },
    save: () => {
      const unused = [...stored].filter(([key]) => !used.has(key));
      const kept = [...used, ...unused].slice(0, KEPT_PER_USED * used.size);
      // A new entry is a key the file does not have at that place, so this also sees additions.
      const storedKeys = [...stored.keys()];
      const unchanged =
        kept.length === storedKeys.length && kept.every(([key], i) => key === storedKeys[i]);
      if (unchanged) return;
      writeCacheFile(file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(kept) }));
    },
  };
}
