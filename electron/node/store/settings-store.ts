import type { StoreConnection } from './store-connection';

/** The user's settings, each a JSON value under a key. */
export class SettingsStore {
  constructor(private readonly c: StoreConnection) {}

  getSetting(key: string): unknown {
    return this.c.read(() => {
      const row = this.c.sql('SELECT value FROM settings WHERE key = ?').get(key) as
        { value: string } | undefined;
      return row ? (JSON.parse(row.value) as unknown) : null;
    });
  }

  /** Writes the value without an audit entry, for the library's own bookkeeping. */
  put(key: string, value: unknown): void {
    this.c
      .sql(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(key, JSON.stringify(value ?? null));
  }

  setSetting(key: string, value: unknown): void {
    this.c.write(() => {
      this.put(key, value);
      this.c.audit('edited', 'setting', null, key);
    });
  }
}
