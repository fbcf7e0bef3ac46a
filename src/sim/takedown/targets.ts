import { isAdmissible } from '../law/authorisation';
import type { SimState } from '../model/state';
import type { Scenario } from '../scenario/schema';
import { rankTargets } from './arrest';

/** Someone a team could go for: analysed evidence against them, not yet arrested. */
export function isArrestable(state: SimState, person: number): boolean {
  return state.evidence[person] > 0 && state.arrestedDay[person] < 0;
}

/**
 * Everyone the day of action could go for in `countries` (ISO codes; an empty list sets no
 * limit, as the built-in policies' "everywhere"). After the authorisation ends, nobody: no
 * intercepted evidence can be used.
 */
export function takedownCandidates(state: SimState, countries: readonly string[]): number[] {
  if (!isAdmissible(state)) return [];
  const { net } = state;
  const chosen = new Set(countries);
  const inScope = (p: number) => chosen.size === 0 || chosen.has(net.countries[net.countryOf[p]].iso2);
  const people: number[] = [];
  for (let p = 0; p < net.size; p++) if (isArrestable(state, p) && inScope(p)) people.push(p);
  return people;
}

/** Arrest teams `officers` make up: one team per arrest. */
export function takedownTeams(scenario: Scenario, officers: number): number {
  return Math.floor(officers / scenario.takedown.officersPerArrest);
}

/** Whom the teams go for, in order, as many as there are teams: the strongest cases first. */
export function takedownTargets(state: SimState, countries: readonly string[], officers: number): number[] {
  return rankTargets(state, takedownCandidates(state, countries)).slice(
    0,
    takedownTeams(state.scenario, officers),
  );
}
