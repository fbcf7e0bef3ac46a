import { isActive, type SimState } from '../model/state';
import { nextFloat, type RngState } from '../random/rng';
import { takeOffPlatform } from '../spread/holders';
import { caseStrength } from './convictionChance';

/**
 * A team goes for a person with evidence. Whether a charge is laid follows the
 * conviction chance of their evidence; people who went dark after a leak have
 * mostly fled or destroyed what could be found.
 */
export function tryArrest(state: SimState, person: number, rng: RngState): boolean {
  const { afterLeakRetention } = state.scenario.takedown;
  const chance = caseStrength(state, person);
  const warned = state.leakDay >= 0 && state.rumourDay[person] >= 0;
  const found = warned ? afterLeakRetention : 1;
  if (nextFloat(rng) >= chance * found) return false;
  if (isActive(state, person)) takeOffPlatform(state, person);
  state.arrestedDay[person] = state.day;
  return true;
}

/** People worth a team: most likely convicted first, weighted by what their role is worth. */
export function rankTargets(state: SimState, people: number[]): number[] {
  const { role } = state.net;
  const value = state.tables.roleValue;
  const priority = (p: number) => caseStrength(state, p) * value[role[p]];
  return people
    .map((p) => ({ p, v: priority(p) }))
    .sort((a, b) => b.v - a.v || a.p - b.p)
    .map((t) => t.p);
}
