import type { SimState } from '../state';
import { type RunFigures, runFigures } from './figures';

/**
 * Points per unit, shown to players beside each part of the score. Counts are first
 * scaled to the full-size operation (a quarter-scale run's arrests count four times),
 * so the same play scores alike on every scenario.
 */
export const SCORE_WEIGHTS = {
  /** Per expected conviction, times the role's value (boss 10, lieutenant/broker 6, … soldier 1). */
  conviction: 1,
  dismantledSyndicate: 10,
  /** For cutting every tie between syndicates; a share, so it is not scaled. */
  allCrossTiesCut: 500,
  cocaineTonne: 10,
  otherDrugsTonne: 5,
  gun: 0.5,
  cashMillionGBP: 2,
  lifeLost: -15,
  /** Once, if the handset was exposed; not scaled. */
  leak: -100,
  /** Per officer-day: officers are not free, but a good arrest is worth far more. */
  officerDay: -0.005,
  /** Zero on purpose: what reading innocent-looking messages should cost is for the class to argue. */
  personReadNeverCharged: 0,
} as const;

/** The parts of the score, in full-scale points; `total` is their sum. */
export const SCORE_PARTS = [
  'convictions',
  'dismantled',
  'crossTies',
  'seizures',
  'lives',
  'exposure',
  'officerDays',
  'privacy',
] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export type Score = { readonly total: number } & { readonly [part in ScorePart]: number };

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The score of a set of figures, in full-scale points; each part and the total rounded to 0.1. */
export function scoreFigures(f: RunFigures, scale: number): Score {
  const w = SCORE_WEIGHTS;
  const perScale = 1 / scale;
  const s = f.seizures;
  const parts: Record<ScorePart, number> = {
    convictions: f.roleWeightedConvictions * w.conviction * perScale,
    dismantled: f.syndicatesDismantled * w.dismantledSyndicate * perScale,
    crossTies: f.crossTies.share * w.allCrossTiesCut,
    seizures:
      ((s.cocaineKg / 1000) * w.cocaineTonne +
        (s.otherDrugsKg / 1000) * w.otherDrugsTonne +
        s.guns * w.gun +
        (s.cashGBP / 1e6) * w.cashMillionGBP) *
      perScale,
    lives: f.threats.livesLost * w.lifeLost * perScale,
    exposure: f.exposure.leaked ? w.leak : 0,
    officerDays: f.officerDays.total * w.officerDay * perScale,
    privacy: f.privacy.peopleReadNeverCharged * w.personReadNeverCharged * perScale,
  };
  let total = 0;
  for (const part of SCORE_PARTS) total += parts[part];
  const rounded = Object.fromEntries(SCORE_PARTS.map((p) => [p, round1(parts[p]) + 0])) as Record<
    ScorePart,
    number
  >;
  return { total: round1(total) + 0, ...rounded };
}

/** The run's score in full-scale points. */
export function scoreRun(state: SimState): Score {
  return scoreFigures(runFigures(state), state.scenario.scale);
}
