import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, POLICIES, runPolicy } from '../../src/sim';
import { focusGroups } from '../../src/store/selectors/focusGroups';

describe('analysts can focus by country or language', () => {
  it('groups every given syndicate once by country and once by language, largest groups first', () => {
    const { state } = runPolicy(BUILT_IN_SCENARIOS.workshop, 1, POLICIES.historical({ takedownDay: 400 }));
    const reached = [...state.syndicateReachedDay.keys()].filter((s) => state.syndicateReachedDay[s] >= 0);
    const { countries, languages } = focusGroups(state, reached);
    for (const groups of [countries, languages]) {
      expect(groups.flatMap((g) => g.syndicates).sort((a, b) => a - b)).toEqual(reached);
      const sizes = groups.map((g) => g.syndicates.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
    const australia = countries.find((g) => g.key === 'AU');
    expect(
      australia?.syndicates.every((s) => state.net.countries[state.net.syndicateCountry[s]].iso2 === 'AU'),
    ).toBe(true);
  });
});
