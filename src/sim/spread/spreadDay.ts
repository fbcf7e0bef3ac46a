import type { SimState } from '../model/state';
import { nextFloat } from '../random/rng';
import { giveHandset } from './holders';
import { adoptionChance, shockFactor, spreadHazard } from './spreadProbability';

/**
 * One day of adoption. Only people with a tie to an active holder feel any pull,
 * so nobody adopts without trust; decisions use yesterday's holders, then apply.
 * People who heard the "dump your phone" rumour never adopt, and a closed syndicate's trusted
 * bridges take a handset only from the informant's hand (a hand-out).
 */
export function spreadDay(state: SimState): number[] {
  const { net, scenario, pressure, activeContacts, adoptedDay, rumourDay, arrestedDay } = state;
  const { beta, gamma } = scenario.spread;
  const { susceptibility } = state.tables;
  const shock = shockFactor(scenario.spread.shocks, state.day);
  const rng = state.rng.spread;
  const { role, offsets, trustedBridge } = net;
  const adopters: number[] = [];
  for (let v = 0; v < net.size; v++) {
    if (activeContacts[v] === 0 || adoptedDay[v] >= 0 || rumourDay[v] >= 0 || arrestedDay[v] >= 0) continue;
    if (trustedBridge[v]) continue;
    const contactShare = activeContacts[v] / (offsets[v + 1] - offsets[v]);
    const hazard = spreadHazard(beta, susceptibility[role[v]], pressure[v], gamma, contactShare, shock);
    const u = nextFloat(rng);
    if (u < hazard && u < adoptionChance(hazard)) adopters.push(v);
  }
  for (const v of adopters) giveHandset(state, v);
  return adopters;
}
