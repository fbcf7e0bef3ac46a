import type { SimState } from '../model/state';
import { courtChance } from '../takedown/convictionChance';
import { round1 } from './round1';
import { SCORE_WEIGHTS } from './weights';

/** The score's three parts that arrests earn, in full-scale points. */
export interface ArrestPoints {
  readonly convictions: number;
  readonly dismantled: number;
  readonly crossTies: number;
  readonly total: number;
}

/** What arrests achieved, in the run's own units. */
export interface ArrestOutcome {
  /** Σ court chance × role value over the people arrested. */
  readonly roleWeightedConvictions: number;
  readonly syndicatesDismantled: number;
  /** Share of the ties between syndicates with an arrested end (0–1). */
  readonly crossTiesCutShare: number;
}

/** One person's expected conviction, weighted by role, in full-scale points. */
export function personConvictionPoints(state: SimState, person: number): number {
  const value = state.tables.roleValue[state.net.role[person]];
  return (courtChance(state, person) * value * SCORE_WEIGHTS.conviction) / state.scenario.scale;
}

/** Full-scale points for one more syndicate dismantled. */
export function dismantlingPoints(scale: number): number {
  return SCORE_WEIGHTS.dismantledSyndicate / scale;
}

/** Points for cutting one tie between syndicates, of `crossTies` in the network (a share: not scaled). */
export function pointsPerCrossTie(crossTies: number): number {
  return crossTies === 0 ? 0 : SCORE_WEIGHTS.allCrossTiesCut / crossTies;
}

/** The arrest parts of the score, unrounded: what both the score and the key-player search add up. */
export function arrestPointsExact(outcome: ArrestOutcome, scale: number): Omit<ArrestPoints, 'total'> {
  return {
    convictions: (outcome.roleWeightedConvictions * SCORE_WEIGHTS.conviction) / scale,
    dismantled: outcome.syndicatesDismantled * dismantlingPoints(scale),
    crossTies: outcome.crossTiesCutShare * SCORE_WEIGHTS.allCrossTiesCut,
  };
}

/** The arrest parts of the score, each and their total rounded to 0.1. */
export function arrestPoints(outcome: ArrestOutcome, scale: number): ArrestPoints {
  const exact = arrestPointsExact(outcome, scale);
  return {
    convictions: round1(exact.convictions),
    dismantled: round1(exact.dismantled),
    crossTies: round1(exact.crossTies),
    total: round1(exact.convictions + exact.dismantled + exact.crossTies),
  };
}
