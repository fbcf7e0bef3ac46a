import { analystCoverage, type SimState } from '../../sim';

/** The most syndicates one focus can name (the limit of the focusAnalysts command). */
export const MAX_ANALYST_FOCUS = 50;

export interface AnalystLoad {
  /** Messages analysts can read in a day. */
  readonly capacity: number;
  /** Messages the handsets carry in a day, all syndicates together. */
  readonly traffic: number;
  /** Share of a focused syndicate's messages read, 0–1. */
  readonly focusedShare: number;
  /** Share of everyone else's messages read, 0–1. */
  readonly otherShare: number;
}

/** What analysts would read with `focus` as their focus, by the simulation's own rule. */
export function analystLoad(sim: SimState, focus: readonly number[]): AnalystLoad {
  const coverage = analystCoverage({ ...sim, analystFocus: [...focus] });
  const focused = new Set(focus);
  let other = -1;
  for (let s = 0; s < coverage.length && other < 0; s++) if (!focused.has(s)) other = s;
  return {
    capacity: sim.scenario.activity.analystCapacity,
    traffic: sim.activeHandsets * sim.scenario.activity.messagesPerDeviceDay,
    focusedShare: focus.length > 0 ? coverage[focus[0]] : 0,
    otherShare: other >= 0 ? coverage[other] : 0,
  };
}

/** Messages a syndicate's handsets carry in a day. */
export function syndicateTraffic(sim: SimState, syndicate: number): number {
  return sim.activeBySyndicate[syndicate] * sim.scenario.activity.messagesPerDeviceDay;
}
