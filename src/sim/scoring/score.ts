import { arrestPointsExact } from './arrestPoints';
import type { RunFigures } from './figures';
import { round1 } from './round1';
import { SCORE_WEIGHTS } from './weights';

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

/** The score of a set of figures, in full-scale points; each part and the total rounded to 0.1. */
export function scoreFigures(f: RunFigures, scale: number): Score {
  const w = SCORE_WEIGHTS;
  const perScale = 1 / scale;
  const s = f.seizures;
  const arrests = arrestPointsExact(
    {
      roleWeightedConvictions: f.roleWeightedConvictions,
      syndicatesDismantled: f.syndicatesDismantled,
      crossTiesCutShare: f.crossTies.share,
    },
    scale,
  );
  const parts: Record<ScorePart, number> = {
    ...arrests,
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
  const rounded = Object.fromEntries(SCORE_PARTS.map((p) => [p, round1(parts[p])])) as Record<
    ScorePart,
    number
  >;
  return { total: round1(total), ...rounded };
}
