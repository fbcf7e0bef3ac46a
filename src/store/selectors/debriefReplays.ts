import { type CommandLog, computeWhatIfs, POLICIES, runPolicy, type Scenario, type WhatIf } from '../../sim';

/** The historical policy's run of the same scenario and seed: the shape the real operation had. */
export interface HistoricalRun {
  /** Handsets in use at the end of each day. */
  readonly handsets: readonly number[];
  readonly takedownDay: number | null;
}

/** What the debrief computes by replaying the simulation (up to ~2 s at full scale). */
export interface DebriefReplays {
  readonly historical: HistoricalRun;
  readonly whatIfs: readonly WhatIf[];
}

export function historicalRun(scenario: Scenario, seed: number): HistoricalRun {
  const { state } = runPolicy(scenario, seed, POLICIES.historical({}));
  return { handsets: [...state.series.handsets], takedownDay: state.takedown?.day ?? null };
}

/** Deterministic: the same scenario, seed and commands always give the same replays. */
export function debriefReplays(scenario: Scenario, seed: number, commands: CommandLog): DebriefReplays {
  return { historical: historicalRun(scenario, seed), whatIfs: computeWhatIfs(scenario, seed, commands) };
}
