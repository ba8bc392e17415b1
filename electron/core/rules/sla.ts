import type { Language } from '../case/case-schema';

export const SECONDS_PER_PERIOD = {
  year: 365 * 24 * 3600,
  quarter: (365 * 24 * 3600) / 4,
  month: 30 * 24 * 3600,
  week: 7 * 24 * 3600,
} as const;

export type SlaPeriod = keyof typeof SECONDS_PER_PERIOD;

/** The hours availability is promised for (`from` < `to`, as HH:MM); null: all day, every day. */
export interface ServiceWindow {
  days: 'all' | 'weekdays';
  from: string;
  to: string;
}

const MINUTES_PER_WEEK = 7 * 24 * 60;

function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Minutes of a week inside the service window. */
export function windowMinutesPerWeek(window: ServiceWindow | null): number {
  if (!window) return MINUTES_PER_WEEK;
  const perDay = minutesOfDay(window.to) - minutesOfDay(window.from);
  return perDay * (window.days === 'weekdays' ? 5 : 7);
}

// Availability is given with at most four decimals (99.9999 %); scaling to whole millionths
// keeps the arithmetic exact instead of inheriting binary rounding from 100 - 99.9.
const SCALE = 1_000_000;

/**
 * Allowed downtime, in whole seconds, for an availability in percent over a period, counting
 * only the time inside the service window (weekdays 07–17 is 50 of a week's 168 hours).
 */
export function allowedDowntimeSeconds(
  availabilityPercent: number,
  period: SlaPeriod,
  window: ServiceWindow | null = null,
): number {
  if (!(availabilityPercent > 0 && availabilityPercent < 100)) {
    throw new RangeError(`availability must be between 0 and 100 %, got ${availabilityPercent}`);
  }
  const unavailable = SCALE - Math.round(availabilityPercent * (SCALE / 100));
  const inWindow = windowMinutesPerWeek(window);
  return Math.round(
    (unavailable * SECONDS_PER_PERIOD[period] * inWindow) / (SCALE * MINUTES_PER_WEEK),
  );
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

/** Response and fix times stay in hours (40 t, not 1 d 16 t): they run within the service window. */
export function formatHours(hours: number, lang: Language): string {
  return `${String(hours).replace('.', lang === 'en' ? '.' : ',')}\u00a0${UNITS[lang].hour}`;
}
