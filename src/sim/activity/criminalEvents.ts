import { ROLE } from '../model/roles';
import { isActive, type SimState } from '../model/state';
import { nextFloat, nextInt, type RngState } from '../random/rng';

/** A random active holder, or −1 when nobody is on the platform. */
export function randomActiveHolder(state: SimState, rng: RngState): number {
  if (state.activeHandsets === 0) return -1;
  for (let attempt = 0; attempt < 64; attempt++) {
    const p = state.holders[nextInt(rng, state.holderCount)];
    if (state.darkDay[p] < 0 && state.arrestedDay[p] < 0) return p;
  }
  for (let i = 0; i < state.holderCount; i++) {
    const p = state.holders[i];
    if (state.darkDay[p] < 0 && state.arrestedDay[p] < 0) return p;
  }
  return -1;
}

export function detectedToday(coverage: Float64Array, syndicate: number, rng: RngState): boolean {
  return nextFloat(rng) < coverage[syndicate];
}

/** Share of deals a syndicate's boss or a lieutenant arranges in person, when one is on the platform. */
const CORE_ARRANGES = 0.35;

/**
 * Who writes about a deal someone in the syndicate is part of: often the boss or a lieutenant
 * arranges it (in code), otherwise the member themself. Those messages are how a reader gets at
 * the core.
 */
export function dealArranger(state: SimState, member: number, rng: RngState): number {
  if (nextFloat(rng) >= CORE_ARRANGES) return member;
  const { net } = state;
  const start = net.firstMember[net.syndicateOf[member]];
  const core: number[] = [];
  for (let p = start; p < net.firstMember[net.syndicateOf[member] + 1]; p++) {
    if (net.role[p] !== ROLE.boss && net.role[p] !== ROLE.lieutenant) break;
    if (isActive(state, p)) core.push(p);
  }
  return core.length === 0 ? member : core[nextInt(rng, core.length)];
}
