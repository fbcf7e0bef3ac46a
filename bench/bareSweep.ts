import type { SimState } from '../src/sim';
import { nextFloat, type RngState } from '../src/sim/random/rng';

/*
 * The physical limit of a spread step: plain loops over the CSR typed arrays the
 * simulation already keeps (net.offsets / net.neighbors / net.weights, and the
 * state's adoptedDay / darkDay / arrestedDay / rumourDay), with no objects, closures
 * or Maps. An "active holder" is what spreadDay's pressure counts: adoptedDay ≥ 0,
 * darkDay < 0 and arrestedDay < 0 (tested in that order, so a non-holder costs one read).
 */

/**
 * Full CSR sweep: for every person v and every adjacency entry k of v (each tie is
 * stored once per end, so net.offsets[size] = 2 × ties entries in all), read
 * u = neighbors[k], test whether u is an active holder, and if so add weights[k].
 *
 * sim.nsPerEdgeVisit := (time of one fullSweep) / (2 × ties), in nanoseconds: the cost
 * of one neighbour visit over the spread step's own data, were pressure recomputed
 * from scratch instead of kept up to date as spreadDay does.
 */
export function fullSweep(state: SimState): number {
  const { offsets, neighbors, weights, size } = state.net;
  const { adoptedDay, darkDay, arrestedDay } = state;
  let total = 0;
  for (let v = 0; v < size; v++) {
    let pressure = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbors[k];
      if (adoptedDay[u] >= 0 && darkDay[u] < 0 && arrestedDay[u] < 0) pressure += weights[k];
    }
    total += pressure;
  }
  return total;
}

/**
 * The bare spread sweep spreadDay is compared with: for every person who could still
 * adopt (no handset, never heard the rumour, not arrested), sum the weights of ties to
 * active holders, then draw one uniform from the seeded stream. Returns how many draws
 * fell under a pressure-scaled threshold, so the work cannot be optimised away.
 */
export function bareSpreadSweep(state: SimState, rng: RngState): number {
  const { offsets, neighbors, weights, size } = state.net;
  const { adoptedDay, darkDay, arrestedDay, rumourDay } = state;
  let hits = 0;
  for (let v = 0; v < size; v++) {
    if (adoptedDay[v] >= 0 || rumourDay[v] >= 0 || arrestedDay[v] >= 0) continue;
    let pressure = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbors[k];
      if (adoptedDay[u] >= 0 && darkDay[u] < 0 && arrestedDay[u] < 0) pressure += weights[k];
    }
    if (nextFloat(rng) < pressure * 0.01) hits++;
  }
  return hits;
}
