import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readYamlText, type YamlReader } from '../../core/data/parse-yaml';

/** Bump when the meaning of a cached entry changes (another YAML library or version). */
const FORMAT = 1;

/**
 * The templates' YAML as already parsed, by the SHA-256 of its text, kept in a JSON file: reading
 * JSON takes a fraction of parsing YAML, which was most of a cold command's template loading.
 * Keyed by content, not by file name and time, so a changed or moved file simply misses.
 */
export interface YamlCache {
  read: YamlReader;
  /** Writes the entries used since opening, if any were new or any went unused. */
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

/** Opens the cache file (which need not exist); `null` parses every time and keeps nothing. */
export function openYamlCache(file: string | null): YamlCache {
  if (file === null) return { read: readYamlText, save: () => undefined };
  const stored = readEntries(file);
  const used = new Map<string, string>();
  let added = false;
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
        added = true;
      }
      return data;
    },
    save: () => {
      if (!added && used.size === stored.size) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(
          partial,
          JSON.stringify({ format: FORMAT, entries: Object.fromEntries(used) }),
        );
        renameSync(partial, file);
      } catch {
        // A read-only data folder only costs the next start its speed-up.
      }
    },
  };
}
