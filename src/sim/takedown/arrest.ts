import { isActive, type SimState } from '../model/state';
import { nextFloat, type RngState } from '../random/rng';
import { takeOffPlatform } from '../spread/holders';
import { caseStrength } from './convictionChance';

/**
 * The chance a team that goes for a person lays a charge: the conviction chance of their
 * evidence, and people who were warned (they heard of a leak, or someone warned the targets
 * before the day) have mostly fled or destroyed what could be found.
 */
export function arrestChance(state: SimState, person: number, warnedBeforeTheDay: boolean): number {
  const heardOfLeak = state.leakDay >= 0 && state.rumourDay[person] >= 0;
  const found = heardOfLeak || warnedBeforeTheDay ? state.scenario.takedown.afterLeakRetention : 1;
  return caseStrength(state, person) * found;
}

/**
 * The chance the task force counts on when it plans: the case as it looks, and after a public
 * leak the same loss for everyone (it cannot tell who heard).
 */
export function plannedArrestChance(state: SimState, person: number): number {
  const found = state.leakDay >= 0 ? state.scenario.takedown.afterLeakRetention : 1;
  return caseStrength(state, person) * found;
}

/** A team goes for a person with evidence; one draw decides whether a charge is laid. */
export function tryArrest(
  state: SimState,
  person: number,
  rng: RngState,
  warnedBeforeTheDay: boolean,
): boolean {
  if (nextFloat(rng) >= arrestChance(state, person, warnedBeforeTheDay)) return false;
  if (isActive(state, person)) takeOffPlatform(state, person);
  state.arrestedDay[person] = state.day;
  return true;
}
