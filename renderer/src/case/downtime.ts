/** Hours per period, as the core's SLA rules count them (a month is 30 days). */
export const PERIOD_HOURS = { year: 365 * 24, month: 30 * 24, week: 7 * 24 } as const;
export type DowntimePeriod = keyof typeof PERIOD_HOURS;

/** Allowed downtime in whole seconds: (1 − a/100) × hours; null outside 0 < a < 100. */
export function allowedDowntimeSeconds(
  availability: number,
  period: DowntimePeriod,
): number | null {
  if (!(availability > 0 && availability < 100)) return null;
  // Millionths keep 100 − 99.9 free of binary rounding, matching the generated document.
  const unavailable = 1_000_000 - Math.round(availability * 10_000);
  return Math.round((unavailable * PERIOD_HOURS[period] * 3600) / 1_000_000);
}

/** 31536 → "8 t 45 min 36 s". */
export function formatDuration(totalSeconds: number, lang: 'nb' | 'en'): string {
  const hour = lang === 'en' ? 'h' : 't';
  const parts: [number, string][] = [
    [Math.floor(totalSeconds / 86_400), 'd'],
    [Math.floor((totalSeconds % 86_400) / 3600), hour],
    [Math.floor((totalSeconds % 3600) / 60), 'min'],
    [totalSeconds % 60, 's'],
  ];
  const shown = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n}\u00a0${unit}`);
  return shown.length > 0 ? shown.join(' ') : '0\u00a0s';
}
