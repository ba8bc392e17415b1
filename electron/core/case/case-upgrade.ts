import type { LocalizedText } from '../errors';
import { CURRENT_SCHEMA_VERSION } from './case-schema';

type CaseRecord = Record<string, unknown>;

/** One step of the case format: takes a case of format `from` to format `from + 1`. */
export interface CaseUpgrade {
  from: number;
  /** Returns the case in the next format; it must not change the case it is given. */
  upgrade: (old: Readonly<CaseRecord>) => CaseRecord;
}

/**
 * Every step so far, oldest first, one per format below CURRENT_SCHEMA_VERSION. When the case
 * format changes, raise CURRENT_SCHEMA_VERSION and add the step from the old format here, so that
 * case files and stored versions of every earlier format still open.
 */
export const CASE_UPGRADES: readonly CaseUpgrade[] = [
  {
    // Format 1 kept the extension option as `dates.extensionMonths` and a count `dates.extensions`
    // whose 0 meant «no limit» (the number the editor showed as «Antall forlengelser»). Format 2
    // holds it as one `dates.extension` with `maxTimes` null for no limit. A count without months
    // gave no option in any document, so it goes with them. Values are moved as they are, so that
    // validation reports a wrong one at its new place.
    from: 1,
    upgrade: (old) => {
      const dates = old.dates;
      if (typeof dates !== 'object' || dates === null || Array.isArray(dates)) return { ...old };
      const { extensionMonths, extensions, ...rest } = dates as CaseRecord;
      const extension =
        extensionMonths === undefined || extensionMonths === null
          ? null
          : {
              months: extensionMonths,
              maxTimes: extensions === undefined || extensions === 0 ? null : extensions,
            };
      return { ...old, dates: { ...rest, extension } };
    },
  },
];

/**
 * A case (parsed from JSON) brought up to the current format, one step at a time. What is not an
 * older case (the current format, a newer one, a missing or odd `schemaVersion`, not an object)
 * comes back as it is, for validation to report; the case given is never changed.
 */
export function upgradeCase(
  raw: unknown,
  upgrades: readonly CaseUpgrade[] = CASE_UPGRADES,
  current: number = CURRENT_SCHEMA_VERSION,
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let record = raw as CaseRecord;
  let version = record.schemaVersion;
  while (typeof version === 'number' && version < current) {
    const from = version;
    const step = upgrades.find((u) => u.from === from);
    if (!step) return record;
    record = { ...step.upgrade(record), schemaVersion: from + 1 };
    version = record.schemaVersion;
  }
  return record;
}

/** The format of a case made by a newer Skyavtale than this one; null for anything else. */
export function newerFormat(raw: unknown, current: number = CURRENT_SCHEMA_VERSION): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const version = (raw as CaseRecord).schemaVersion;
  return typeof version === 'number' && version > current ? version : null;
}

/** What the user is told of a case of a newer format: that this Skyavtale must be updated. */
export function newerFormatText(version: number): Required<LocalizedText> {
  return {
    nb: `saken er laget med en nyere versjon av Skyavtale (saksformat ${version}; denne versjonen leser til og med ${CURRENT_SCHEMA_VERSION}). Oppdater Skyavtale.`,
    nn: `saka er laga med ein nyare versjon av Skyavtale (saksformat ${version}; denne versjonen les til og med ${CURRENT_SCHEMA_VERSION}). Oppdater Skyavtale.`,
    en: `the case was made by a newer Skyavtale (case format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Skyavtale.`,
  };
}
