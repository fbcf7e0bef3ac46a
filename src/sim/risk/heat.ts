import type { SimState } from '../model/state';
import type { Scenario } from '../scenario/schema';

/** Suspicion decays with a half-life: yesterday's raid matters less than today's. */
export function heatAfter(scenario: Scenario, heat: number, days: number): number {
  return heat * 2 ** (-days / scenario.risk.heatHalfLifeDays);
}

export function decayHeat(state: SimState): void {
  state.heat = heatAfter(state.scenario, state.heat, 1);
}

export function addHeat(state: SimState, amount: number): void {
  state.heat += amount;
}
