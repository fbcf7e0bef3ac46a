import { createSim } from '../engine/createSim';
import type { SimEvent } from '../model/events';
import { isOver } from '../model/state';
import type { Scenario } from '../scenario/schema';
import { countReached } from '../scoring/figures';
import { POLICIES } from './policies';
import { playUntil } from './runPolicy';

/** What a scenario's preview shows: the historical strategy's run of it, in a few figures. */
export interface HandsetCurve {
  /** Handsets in use at the end of each day. */
  readonly handsets: readonly number[];
  readonly syndicatesReached: number;
  readonly syndicates: number;
  /** The day the historical strategy acted, or null if the run ended without a takedown. */
  readonly takedownDay: number | null;
}

export interface HandsetCurveRun {
  /** The day the run has reached and the last day it can reach, for a progress report. */
  readonly day: number;
  readonly lastDay: number;
  /** Plays up to `days` more days; true once the operation is over. */
  advance(days: number): boolean;
  curve(): HandsetCurve;
}

/**
 * Plays the scenario with the historical policy a slice of days at a time, so a caller with a
 * page to keep responsive can run it between frames. The same scenario and seed always give the
 * same curve, however it is sliced.
 */
export function handsetCurveRun(scenario: Scenario, seed: number): HandsetCurveRun {
  const state = createSim(scenario, seed);
  const policy = POLICIES.historical({});
  let events: SimEvent[] = [];
  return {
    get day() {
      return state.day;
    },
    lastDay: scenario.days.max,
    advance(days) {
      events = playUntil(state, policy, state.day + days, events);
      return isOver(state);
    },
    curve: () => ({
      handsets: [...state.series.handsets],
      syndicatesReached: countReached(state.syndicateReachedDay),
      syndicates: state.syndicateReachedDay.length,
      takedownDay: state.takedown?.day ?? null,
    }),
  };
}

/** The whole curve in one go (tests, the command line). */
export function handsetCurve(scenario: Scenario, seed: number): HandsetCurve {
  const run = handsetCurveRun(scenario, seed);
  let over = false;
  while (!over) over = run.advance(scenario.days.max);
  return run.curve();
}
