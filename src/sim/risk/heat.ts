import type { SimState } from '../state';

/** Suspicion decays with a half-life: yesterday's raid matters less than today's. */
export function decayHeat(state: SimState): void {
  state.heat *= 2 ** (-1 / state.scenario.risk.heatHalfLifeDays);
}

export function addHeat(state: SimState, amount: number): void {
  state.heat += amount;
}
