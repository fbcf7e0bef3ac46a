import { isAdmissible } from '../law/authorisation';
import type { SimState } from '../model/state';
import { addHeat } from '../risk/heat';
import { tryArrest } from './arrest';
import { seizeStash } from './seize';
import { isArrestable } from './targets';

/** An early raid on one syndicate: arrests and a seizure now, at the price of suspicion. */
export function runRaid(state: SimState, syndicate: number): number {
  const { net } = state;
  if (!isAdmissible(state)) return 0;
  let arrests = 0;
  const rng = state.rng.takedown;
  for (let p = net.firstMember[syndicate]; p < net.firstMember[syndicate + 1]; p++) {
    if (isArrestable(state, p) && tryArrest(state, p, rng, false)) arrests++;
  }
  if (arrests > 0) seizeStash(state, syndicate, state.seized);
  addHeat(state, state.scenario.risk.raidHeat);
  state.raids++;
  return arrests;
}
