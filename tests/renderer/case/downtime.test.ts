import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as coreSla from '../../../electron/core/rules/sla';
import {
  allowedDowntimeSeconds,
  formatDuration,
  PERIOD_HOURS,
  type DowntimePeriod,
} from '../../../renderer/src/case/downtime';

const NBSP = '\u00a0';
const PERIODS: DowntimePeriod[] = ['year', 'month', 'week'];

describe('PERIOD_HOURS', () => {
  it('counts a 365-day year, a 30-day month and a 7-day week', () => {
    expect(PERIOD_HOURS).toEqual({ year: 8760, month: 720, week: 168 });
  });
});

describe('allowedDowntimeSeconds', () => {
  it('gives the standard yearly figures', () => {
    // 99.9 % of a year: 8 h 45 min 36 s.
    expect(allowedDowntimeSeconds(99.9, 'year')).toBe(8 * 3600 + 45 * 60 + 36);
    // 99 % of a year: 87.6 h.
    expect(allowedDowntimeSeconds(99, 'year')).toBe(87.6 * 3600);
    expect(allowedDowntimeSeconds(99, 'year')).toBe(315_360);
    // 99.99 %: 52 min 34 s (52.56 min rounded to whole seconds).
    expect(allowedDowntimeSeconds(99.99, 'year')).toBe(52 * 60 + 34);
    // 99.999 %: 5 min 15 s (315.36 s rounded).
    expect(allowedDowntimeSeconds(99.999, 'year')).toBe(5 * 60 + 15);
  });

  it('computes a 30-day month and a 7-day week', () => {
    expect(allowedDowntimeSeconds(99.9, 'month')).toBe(2592);
    expect(allowedDowntimeSeconds(99.5, 'month')).toBe(3 * 3600 + 36 * 60);
    expect(allowedDowntimeSeconds(99.9, 'week')).toBe(605); // 604.8 s rounded up
    expect(allowedDowntimeSeconds(95, 'week')).toBe(8.4 * 3600);
  });

  it('keeps 100 − a free of binary rounding', () => {
    // 100 − 99.7 is 0.29999999999999716 in floating point; the answer must still be exact.
    expect(allowedDowntimeSeconds(99.7, 'month')).toBe(7776);
    expect(allowedDowntimeSeconds(99.95, 'month')).toBe(1296);
    expect(allowedDowntimeSeconds(99.9999, 'year')).toBe(32); // 31.536 s
  });

  it('allows almost the whole period just above zero, and almost nothing just below 100', () => {
    expect(allowedDowntimeSeconds(0.0001, 'week')).toBe(604_799); // 604 799.3952 s
    expect(allowedDowntimeSeconds(50, 'week')).toBe(302_400);
    expect(allowedDowntimeSeconds(99.9999, 'week')).toBe(1); // 0.6048 s rounds up
  });

  it('returns null outside 0 < a < 100', () => {
    for (const bad of [0, 100, -1, 100.5, 1000, Number.NaN, Infinity, -Infinity]) {
      expect(allowedDowntimeSeconds(bad, 'year')).toBeNull();
    }
  });

  it('always returns whole seconds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true, minExcluded: true, maxExcluded: true }),
        fc.constantFrom(...PERIODS),
        (a, period) => {
          const seconds = allowedDowntimeSeconds(a, period);
          expect(seconds).not.toBeNull();
          expect(Number.isInteger(seconds)).toBe(true);
          expect(seconds).toBeGreaterThanOrEqual(0);
          expect(seconds).toBeLessThanOrEqual(PERIOD_HOURS[period] * 3600);
        },
      ),
    );
  });

  it('gives less (or equal) downtime for higher availability', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(...PERIODS),
        (x, y, period) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect(allowedDowntimeSeconds(low / 10_000, period)).toBeGreaterThanOrEqual(
            allowedDowntimeSeconds(high / 10_000, period) ?? Infinity,
          );
        },
      ),
    );
  });

  it('agrees with the core SLA rule that writes the generated document', () => {
    fc.assert(
      fc.property(
        // Availability with up to four decimals, as the form accepts it.
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(...PERIODS),
        (tenThousandths, period) => {
          const a = tenThousandths / 10_000;
          expect(allowedDowntimeSeconds(a, period)).toBe(coreSla.allowedDowntimeSeconds(a, period));
        },
      ),
    );
  });
});

describe('formatDuration', () => {
  it('formats the standard yearly figures in Norwegian and English', () => {
    expect(formatDuration(31_536, 'nb')).toBe(`8${NBSP}t 45${NBSP}min 36${NBSP}s`);
    expect(formatDuration(31_536, 'en')).toBe(`8${NBSP}h 45${NBSP}min 36${NBSP}s`);
    expect(formatDuration(315_360, 'nb')).toBe(`3${NBSP}d 15${NBSP}t 36${NBSP}min`);
    expect(formatDuration(315, 'en')).toBe(`5${NBSP}min 15${NBSP}s`);
  });

  it('leaves out zero parts, including ones in the middle', () => {
    expect(formatDuration(86_400, 'nb')).toBe(`1${NBSP}d`);
    expect(formatDuration(86_400 + 5, 'en')).toBe(`1${NBSP}d 5${NBSP}s`);
    expect(formatDuration(3600 + 60, 'en')).toBe(`1${NBSP}h 1${NBSP}min`);
    expect(formatDuration(59, 'nb')).toBe(`59${NBSP}s`);
    expect(formatDuration(60, 'nb')).toBe(`1${NBSP}min`);
  });

  it('shows zero as «0 s»', () => {
    expect(formatDuration(0, 'nb')).toBe(`0${NBSP}s`);
    expect(formatDuration(0, 'en')).toBe(`0${NBSP}s`);
  });

  it('keeps counting days past a week', () => {
    expect(formatDuration(30 * 86_400 + 2 * 3600, 'en')).toBe(`30${NBSP}d 2${NBSP}h`);
  });

  it('joins number and unit with a no-break space so they never wrap apart', () => {
    const text = formatDuration(93_784, 'en'); // 1 d 2 h 3 min 4 s
    expect(text).toBe(`1${NBSP}d 2${NBSP}h 3${NBSP}min 4${NBSP}s`);
    expect(text.split(' ')).toHaveLength(4);
  });

  it('agrees with the core formatter for Norwegian and English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400 }), (seconds) => {
        expect(formatDuration(seconds, 'nb')).toBe(coreSla.formatDuration(seconds, 'nb'));
        expect(formatDuration(seconds, 'en')).toBe(coreSla.formatDuration(seconds, 'en'));
      }),
    );
  });
});
