import type { SimState } from '../model/state';
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
