import { addHeat } from '../risk/heat';
import type { SimState } from '../state';
import { tryArrest } from './arrest';
import { seizeStash } from './seize';

/** An early raid on one syndicate: arrests and a seizure now, at the price of suspicion. */
export function runRaid(state: SimState, syndicate: number): number {
  const { net } = state;
  if (state.day > state.scenario.days.authorisationEnd) return 0;
  let arrests = 0;
  const rng = state.rng.takedown;
  for (let p = net.firstMember[syndicate]; p < net.firstMember[syndicate + 1]; p++) {
    if (state.evidence[p] > 0 && state.arrestedDay[p] < 0 && tryArrest(state, p, rng)) arrests++;
  }
  if (arrests > 0) seizeStash(state, syndicate, state.seized);
  addHeat(state, state.scenario.risk.raidHeat);
  state.raids++;
  return arrests;
}
