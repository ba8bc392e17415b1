import { describe, expect, it } from 'vitest';
import { ADEQUACY_LIST } from '../../../electron/core/data/adequacy-decisions';
import {
  checkTransfer,
  COUNTRY_ALIASES,
  thirdCountries,
} from '../../../electron/core/rules/transfers';

describe('transfer rules', () => {
  it('keeps the adequacy list as dated data with its source, in ISO codes', () => {
    expect(ADEQUACY_LIST.source).toMatch(/^https:\/\/commission\.europa\.eu\//);
    expect(ADEQUACY_LIST.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const codes = ADEQUACY_LIST.decisions.map((d) => d.country);
    expect(codes).toContain('GB');
    for (const alias of Object.keys(COUNTRY_ALIASES)) expect(codes).not.toContain(alias);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('counts every country data reaches, not only where the recipient is established', () => {
    expect(thirdCountries('SE', ['SE', 'US', 'IN', 'US'])).toEqual(['US', 'IN']);
    expect(checkTransfer(['US', 'IN'], 'none').map((f) => f.problem)).toEqual([
      'no-basis',
      'no-basis',
    ]);
    expect(checkTransfer(['CH', 'JP'], 'adequacy')).toEqual([]);
    expect(checkTransfer(['IN'], 'scc')).toEqual([]);
  });
});
