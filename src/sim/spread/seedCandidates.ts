import { ROLE } from '../model/roles';
import type { SimState } from '../model/state';
import type { Network } from '../network/network';

/** Whether the informant could put a handset in this person's hands today. */
export function canSeed(state: SimState, person: number): boolean {
  if (person < 0 || person >= state.net.size) return false;
  if (state.adoptedDay[person] >= 0 || state.arrestedDay[person] >= 0 || state.rumourDay[person] >= 0)
    return false;
  return state.activeContacts[person] > 0;
}

/** Ties that leave the person's own syndicate: how far a handset given to them can travel. */
export function crossTies(net: Network, person: number): number {
  let count = 0;
  for (let k = net.offsets[person]; k < net.offsets[person + 1]; k++) {
    if (net.syndicateOf[net.neighbors[k]] !== net.syndicateOf[person]) count++;
  }
  return count;
}

/**
 * People the informant can reach now, best first: those who bridge syndicates
 * (brokers, launderers) and carry trust (bosses, lieutenants) spread a handset furthest.
 */
export function seedCandidates(state: SimState, limit = 12): number[] {
  const { net } = state;
  const reach = (p: number) =>
    crossTies(net, p) * 3 +
    (net.offsets[p + 1] - net.offsets[p]) +
    (net.role[p] === ROLE.broker ? 6 : 0) +
    (net.role[p] === ROLE.boss || net.role[p] === ROLE.lieutenant ? 3 : 0);
  const people: number[] = [];
  for (let p = 0; p < net.size; p++) if (canSeed(state, p)) people.push(p);
  return people
    .map((p) => ({ p, r: reach(p) }))
    .sort((a, b) => b.r - a.r || a.p - b.p)
    .slice(0, limit)
    .map((c) => c.p);
}
