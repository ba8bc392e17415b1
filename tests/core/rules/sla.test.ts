import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedDowntimeSeconds,
  formatDuration,
  SECONDS_PER_PERIOD,
} from '../../../electron/core/rules/sla';

describe('SLA downtime', () => {
  it('matches the standard figures for a 365-day year', () => {
    expect(allowedDowntimeSeconds(99, 'year')).toBe(87.6 * 3600);
    expect(formatDuration(allowedDowntimeSeconds(99, 'year'), 'nb')).toBe(
      '3\u00a0d 15\u00a0t 36\u00a0min',
    );
    expect(formatDuration(allowedDowntimeSeconds(99.9, 'year'), 'nb')).toBe(
      '8\u00a0t 45\u00a0min 36\u00a0s',
    );
    expect(formatDuration(allowedDowntimeSeconds(99.99, 'year'), 'en')).toBe(
      '52\u00a0min 34\u00a0s',
    );
    expect(formatDuration(allowedDowntimeSeconds(99.999, 'year'), 'en')).toBe(
      '5\u00a0min 15\u00a0s',
    );
  });

  it('computes month (30 days) and week', () => {
    expect(allowedDowntimeSeconds(99.9, 'month')).toBe(2592);
    expect(allowedDowntimeSeconds(99.9, 'week')).toBe(605);
  });

  it('refuses availability outside 0–100 %', () => {
    for (const bad of [0, 100, -5, 101, Number.NaN])
      expect(() => allowedDowntimeSeconds(bad, 'year')).toThrow(RangeError);
  });

  it('gives less downtime for higher availability', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_998 }),
        fc.integer({ min: 1, max: 999_998 }),
        (a, b) => {
          fc.pre(a < b);
          expect(allowedDowntimeSeconds(a / 10_000, 'year')).toBeGreaterThanOrEqual(
            allowedDowntimeSeconds(b / 10_000, 'year'),
          );
        },
      ),
    );
  });

  it('never allows more downtime than the period has', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0001, max: 99.9999, noNaN: true }), (a) => {
        const seconds = allowedDowntimeSeconds(a, 'week');
        expect(seconds).toBeGreaterThanOrEqual(0);
        expect(seconds).toBeLessThanOrEqual(SECONDS_PER_PERIOD.week);
      }),
    );
  });
});

describe('SLA downtime over a service window', () => {
  it('counts only the agreed hours: weekdays 07–17 are 50 of 168 hours a week', () => {
    const window = { days: 'weekdays', from: '07:00', to: '17:00' } as const;
    expect(allowedDowntimeSeconds(99, 'year', window)).toBe(Math.round((87.6 * 3600 * 50) / 168));
    expect(allowedDowntimeSeconds(99, 'year', { days: 'all', from: '00:00', to: '24:00' })).toBe(
      allowedDowntimeSeconds(99, 'year'),
    );
  });

  it('gives a quarter a fourth of the year', () => {
    expect(allowedDowntimeSeconds(99.9, 'quarter')).toBe(allowedDowntimeSeconds(99.9, 'year') / 4);
  });
});

describe('SLA downtime in exact arithmetic', () => {
  it('keeps 100 − a free of binary rounding', () => {
    // 100 − 99.7 is 0.29999999999999716 in floating point; the answer must still be exact.
    expect(allowedDowntimeSeconds(99.7, 'month')).toBe(7776);
    expect(allowedDowntimeSeconds(99.95, 'month')).toBe(1296);
    expect(allowedDowntimeSeconds(99.9999, 'year')).toBe(32); // 31.536 s
  });

  it('allows almost the whole period just above zero, and almost nothing just below 100', () => {
    expect(allowedDowntimeSeconds(0.0001, 'week')).toBe(604_799);
    expect(allowedDowntimeSeconds(50, 'week')).toBe(302_400);
    expect(allowedDowntimeSeconds(99.9999, 'week')).toBe(1);
  });
});

describe('formatDuration', () => {
  const NBSP = '\u00a0';
  it('formats the standard yearly figures in Norwegian and English', () => {
    expect(formatDuration(31_536, 'nb')).toBe(`8${NBSP}t 45${NBSP}min 36${NBSP}s`);
    expect(formatDuration(31_536, 'en')).toBe(`8${NBSP}h 45${NBSP}min 36${NBSP}s`);
    expect(formatDuration(315_360, 'nb')).toBe(`3${NBSP}d 15${NBSP}t 36${NBSP}min`);
  });

  it('leaves out zero parts, including ones in the middle, and shows zero as «0 s»', () => {
    expect(formatDuration(86_400 + 5, 'en')).toBe(`1${NBSP}d 5${NBSP}s`);
    expect(formatDuration(3600 + 60, 'en')).toBe(`1${NBSP}h 1${NBSP}min`);
    expect(formatDuration(0, 'nb')).toBe(`0${NBSP}s`);
  });

  it('joins number and unit with a no-break space so they never wrap apart', () => {
    const text = formatDuration(93_784, 'en');
    expect(text.split(' ')).toHaveLength(4);
  });
});
