import type { SimState } from '../model/state';
import { ARTICLE } from './article';
import { type ArticleComparison, compareWithArticle } from './compareWithArticle';
import { type RunFigures, runFigures } from './figures';
import { type FullScaleFigures, toFullScale } from './fullScale';
import { type RegionFigures, regionFigures } from './regionFigures';
import { type Score, scoreFigures } from './score';

/** Everything the debrief and the CLI show about a finished run, from one place. */
export interface ScoreBreakdown {
  /** The scenario's size relative to the real operation (1 = full scale). */
  readonly scale: number;
  readonly figures: RunFigures;
  readonly australia: RegionFigures;
  readonly newZealand: RegionFigures;
  readonly fullScale: FullScaleFigures;
  readonly score: Score;
  readonly vsArticle: readonly ArticleComparison[];
}

export function scoreBreakdown(state: SimState): ScoreBreakdown {
  const scale = state.scenario.scale;
  const figures = runFigures(state);
  const australia = regionFigures(state, ARTICLE.australia.iso2);
  const newZealand = regionFigures(state, ARTICLE.newZealand.iso2);
  return {
    scale,
    figures,
    australia,
    newZealand,
    fullScale: toFullScale(figures, scale),
    score: scoreFigures(figures, scale),
    vsArticle: compareWithArticle(figures, australia, newZealand, scale),
  };
}
