import {
  type CommandLog,
  computeWhatIfs,
  type HandsetCurve,
  handsetCurve,
  type Scenario,
  type WhatIf,
} from '../../sim';

/** The historical policy's run of the same scenario and seed: the shape the real operation had. */
export type HistoricalRun = Pick<HandsetCurve, 'handsets' | 'takedownDay'>;

/** What the debrief computes by replaying the simulation (up to ~2 s at full scale). */
export interface DebriefReplays {
  readonly historical: HistoricalRun;
  readonly whatIfs: readonly WhatIf[];
}

export function historicalRun(scenario: Scenario, seed: number): HistoricalRun {
  // The editor's preview plays the same run; one implementation keeps the two curves identical.
  const { handsets, takedownDay } = handsetCurve(scenario, seed);
  return { handsets, takedownDay };
}

/** The player's run replayed with one decision changed at a time. */
export function runWhatIfs(scenario: Scenario, seed: number, commands: CommandLog): WhatIf[] {
  return computeWhatIfs(scenario, seed, commands);
}

/** Deterministic: the same scenario, seed and commands always give the same replays. */
export function debriefReplays(scenario: Scenario, seed: number, commands: CommandLog): DebriefReplays {
  return { historical: historicalRun(scenario, seed), whatIfs: runWhatIfs(scenario, seed, commands) };
}
