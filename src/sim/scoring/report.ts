import type { SimState } from '../model/state';
import { type ScoreBreakdown, scoreBreakdown } from './breakdown';
import { vsArticleRecord } from './compareWithArticle';
import { round1 } from './round1';
import { convictionsOwed, leakWarningDays, peopleWithStrongCases } from './runFacts';
import type { Score } from './score';

export { countReached } from './figures';

export interface RunReport {
  scenario: string;
  seed: number;
  policy: string;
  days: number;
  handsets: number;
  handsetsActive: number;
  syndicatesReached: number;
  countriesReached: number;
  messages: number;
  messagesAnalysed: number;
  arrests: number;
  arrestsByCountry: Record<string, number>;
  /** Σ conviction chance over everyone arrested (raids and takedown); null without a takedown. */
  expectedConvictions: number | null;
  syndicatesDismantled: number | null;
  /** People a court would more likely than not convict on the evidence, arrested or not, at the end. */
  peopleWithEvidence: number;
  /** Expected convictions of the people arrested, and how many of them the task force's own reading added. */
  convictions: { expected: number; fromReading: number } | null;
  /** Days on which a rumour that the phone is police could be read before the leak. */
  leakWarnings: number;
  seizures: { cocaineKg: number; otherDrugsKg: number; gunsCount: number; cashGBP: number };
  threatsToKill: { made: number; detected: number; actedOn: number; livesLost: number };
  leaked: boolean;
  leakDay: number | null;
  takedownDay: number | null;
  admissible: boolean | null;
  /** Whether someone in a partner country warned the takedown's targets; null without a takedown. */
  warnedBeforeTheDay: boolean | null;
  /** Full-scale points, part by part (scoring/score.ts has the weights). */
  score: Score;
  /** Each figure as a percentage of the real operation's (scoring/compareWithArticle.ts). */
  vsArticle: Record<string, number>;
  /** Every figure the score is built from, scaled, and set beside the article with sources. */
  breakdown: ScoreBreakdown;
}

/** The figures of a run, from its state only; what did not happen is null, never invented. */
export function reportRun(state: SimState, policy: string): RunReport {
  const breakdown = scoreBreakdown(state);
  const f = breakdown.figures;
  const took = state.takedown !== null;
  return {
    scenario: state.scenario.id,
    seed: state.seed,
    policy,
    days: state.day,
    handsets: f.reach.handsets,
    handsetsActive: f.reach.handsetsActive,
    syndicatesReached: f.reach.syndicates,
    countriesReached: f.reach.countries,
    messages: Math.round(f.reach.messages),
    messagesAnalysed: Math.round(state.messagesAnalysed),
    arrests: f.arrests.total,
    arrestsByCountry: f.arrests.byCountry,
    expectedConvictions: took ? round1(f.expectedConvictions) : null,
    syndicatesDismantled: took ? f.syndicatesDismantled : null,
    peopleWithEvidence: peopleWithStrongCases(state),
    convictions: took ? convictionsOwed(state) : null,
    leakWarnings: leakWarningDays(state),
    seizures: {
      cocaineKg: Math.round(f.seizures.cocaineKg),
      otherDrugsKg: Math.round(f.seizures.otherDrugsKg),
      gunsCount: Math.round(f.seizures.guns),
      cashGBP: Math.round(f.seizures.cashGBP),
    },
    threatsToKill: {
      made: f.threats.made,
      detected: f.threats.detected,
      actedOn: f.threats.actedOn,
      livesLost: f.threats.livesLost,
    },
    leaked: f.exposure.leaked,
    leakDay: f.exposure.leakDay,
    takedownDay: f.admissibility.takedownDay,
    admissible: f.admissibility.admissible,
    warnedBeforeTheDay: state.takedown?.warned ?? null,
    score: breakdown.score,
    vsArticle: vsArticleRecord(breakdown.vsArticle),
    breakdown,
  };
}
