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
