import { ARTICLE, type FigureSource, PUBLIC_RECORD } from './article';
import type { RunFigures } from './figures';
import type { RegionFigures } from './regionFigures';
import { round1 } from './round1';

export type ArticleRegion = 'world' | 'Australia' | 'New Zealand';

/** One figure of the run beside the real operation's, with where that figure comes from. */
export interface ArticleComparison {
  /** The key in the report's `vsArticle`. */
  readonly key: string;
  readonly region: ArticleRegion;
  /** The run's own figure. */
  readonly run: number;
  /** The run's figure scaled to the full-size operation (counts only; countries are not scaled). */
  readonly fullScale: number;
  readonly real: number;
  /** fullScale as a percentage of the real figure, to 0.1. */
  readonly percent: number;
  readonly source: FigureSource;
  /** False when the scenario's network has nothing in that country, or the figure cannot be worked out. */
  readonly inRun: boolean;
}

/**
 * The run against the real operation, figure by figure. Counts are rounded before
 * scaling, as the report prints them, so the percentages match the printed figures.
 */
export function compareWithArticle(
  f: RunFigures,
  australia: RegionFigures,
  newZealand: RegionFigures,
  scale: number,
): ArticleComparison[] {
  const rows: ArticleComparison[] = [];
  const add = (
    key: string,
    region: ArticleRegion,
    value: number | null,
    real: number,
    options: { scaled?: boolean; source?: FigureSource; inRun?: boolean } = {},
  ) => {
    const run = Math.round(value ?? 0);
    const fullScale = options.scaled === false ? run : run / scale;
    rows.push({
      key,
      region,
      run,
      fullScale: round1(fullScale),
      real,
      percent: round1((fullScale / real) * 100),
      source: options.source ?? 'article',
      inRun: (options.inRun ?? true) && value !== null,
    });
  };
  const w = ARTICLE.world;
  const s = f.seizures;
  add('handsets', 'world', f.reach.handsets, w.handsets);
  add('syndicates', 'world', f.reach.syndicates, w.syndicates);
  add('countries', 'world', f.reach.countries, w.countries, { scaled: false });
  add('arrests', 'world', f.arrests.total, w.arrests);
  add('cocaineKg', 'world', s.cocaineKg, w.cocaineKg);
  add('guns', 'world', s.guns, w.guns);
  add('cashGBP', 'world', s.cashGBP, w.cashGBP);
  add('australiaArrests', 'Australia', australia.arrests, ARTICLE.australia.arrests, {
    inRun: australia.inRun,
  });
  add('newZealandArrests', 'New Zealand', newZealand.arrests, ARTICLE.newZealand.arrests, {
    inRun: newZealand.inRun,
  });
  add('officers', 'world', f.officerDays.takedown, w.officers);
  add('messages', 'world', f.reach.messages, PUBLIC_RECORD.messages, { source: 'public-record' });
  add('handsetsActive', 'world', f.reach.handsetsActive, PUBLIC_RECORD.activeAtShutdown, {
    source: 'public-record',
  });
  add('threatsDetected', 'world', f.threats.detected, PUBLIC_RECORD.threatsToLife, {
    source: 'public-record',
  });
  add('australiaDrugsKg', 'Australia', australia.drugsKg, ARTICLE.australia.drugsKg, {
    inRun: australia.inRun,
  });
  add('australiaCashGBP', 'Australia', australia.cashGBP, ARTICLE.australia.cashGBP, {
    inRun: australia.inRun,
  });
  add('australiaThreatsActedOn', 'Australia', australia.threatsActedOn, ARTICLE.australia.threatsActedOn, {
    inRun: australia.inRun,
  });
  add('newZealandAssetsGBP', 'New Zealand', newZealand.cashGBP, ARTICLE.newZealand.assetsGBP, {
    inRun: newZealand.inRun,
  });
  return rows;
}

/** The report's `vsArticle`: each comparison's percentage by key. */
export function vsArticleRecord(rows: readonly ArticleComparison[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.key, r.percent]));
}
