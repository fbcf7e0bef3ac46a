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
 * (brokers, launderers) and carry trust (bosses, lieutenants) spread a handset furthest;
 * a closed syndicate's trusted bridge opens a syndicate nothing else can; a syndicate with a
 * police contact brings the leak closer once it is on the platform.
 */
export function seedCandidates(state: SimState, limit = 12): number[] {
  return rankSeedCandidates(state).slice(0, limit);
}

/** Everyone the informant can reach now, best advised first. */
export function rankSeedCandidates(state: SimState): number[] {
  const { net } = state;
  const reach = (p: number) => seedAdvice(state, p);
  const people: number[] = [];
  for (let p = 0; p < net.size; p++) if (canSeed(state, p)) people.push(p);
  return people
    .map((p) => ({ p, r: reach(p) }))
    .sort((a, b) => b.r - a.r || a.p - b.p)
    .map((c) => c.p);
}

/** How the advice rates giving `person` a handset: reach, minus the risk they bring. */
export function seedAdvice(state: SimState, person: number): number {
  const { net } = state;
  const syndicate = net.syndicateOf[person];
  const newPoliceContact = net.policeContact[syndicate] === 1 && state.activeBySyndicate[syndicate] === 0;
  return (
    crossTies(net, person) * 3 +
    (net.offsets[person + 1] - net.offsets[person]) +
    (net.role[person] === ROLE.broker ? 6 : 0) +
    (net.role[person] === ROLE.boss || net.role[person] === ROLE.lieutenant ? 3 : 0) +
    (net.trustedBridge[person] ? TRUSTED_BRIDGE_REACH : 0) -
    (newPoliceContact ? POLICE_CONTACT_RISK : 0)
  );
}

const TRUSTED_BRIDGE_REACH = 25;
const POLICE_CONTACT_RISK = 20;
