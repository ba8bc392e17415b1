import type { Language } from '../case/case-schema';

export const SECONDS_PER_PERIOD = {
  year: 365 * 24 * 3600,
  month: 30 * 24 * 3600,
  week: 7 * 24 * 3600,
} as const;

export type SlaPeriod = keyof typeof SECONDS_PER_PERIOD;

// Availability is given with at most four decimals (99.9999 %); scaling to whole millionths
// keeps the arithmetic exact instead of inheriting binary rounding from 100 - 99.9.
const SCALE = 1_000_000;

/** Allowed downtime, in whole seconds, for an availability in percent over a period. */
export function allowedDowntimeSeconds(availabilityPercent: number, period: SlaPeriod): number {
  if (!(availabilityPercent > 0 && availabilityPercent < 100)) {
    throw new RangeError(`availability must be between 0 and 100 %, got ${availabilityPercent}`);
  }
  const unavailable = SCALE - Math.round(availabilityPercent * (SCALE / 100));
  return Math.round((unavailable * SECONDS_PER_PERIOD[period]) / SCALE);
}

const UNITS = {
  nb: { day: 'd', hour: 't', minute: 'min', second: 's' },
  nn: { day: 'd', hour: 't', minute: 'min', second: 's' },
  en: { day: 'd', hour: 'h', minute: 'min', second: 's' },
} as const;

/** 31536 → "8 t 45 min 36 s"; 315360 → "3 d 15 t 36 min"; zero parts are left out. */
export function formatDuration(totalSeconds: number, lang: Language): string {
  const unit = UNITS[lang];
  const parts: [number, string][] = [
    [Math.floor(totalSeconds / 86_400), unit.day],
    [Math.floor((totalSeconds % 86_400) / 3600), unit.hour],
    [Math.floor((totalSeconds % 3600) / 60), unit.minute],
    [totalSeconds % 60, unit.second],
  ];
  const shown = parts.filter(([amount]) => amount > 0).map(([amount, u]) => `${amount}\u00a0${u}`);
  return shown.length > 0 ? shown.join(' ') : `0\u00a0${unit.second}`;
}
