import type { SimState } from '../model/state';

/**
 * The chance someone warns the targets before the day of action. The first country in a plan
 * leads; every partner beyond it is more people who know, each of whom may let it slip with
 * `takedown.partnerWarning`: 1 − (1 − w)^(partners − 1). An empty list is every country of the
 * network, as the takedown reads it.
 */
export function partnerWarningChance(state: SimState, countries: readonly string[]): number {
  const planned = countries.length === 0 ? state.net.countries.length : new Set(countries).size;
  const partners = Math.max(0, planned - 1);
  return 1 - (1 - state.scenario.takedown.partnerWarning) ** partners;
}
