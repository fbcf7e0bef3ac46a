import { ARTICLE } from './scoring/article';
import { type Score, scoreRun } from './scoring/score';
import type { SimState } from './state';

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
  expectedConvictions: number | null;
  syndicatesDismantled: number | null;
  seizures: { cocaineKg: number; otherDrugsKg: number; gunsCount: number; cashGBP: number };
  threatsToKill: { made: number; detected: number; actedOn: number; livesLost: number };
  leaked: boolean;
  leakDay: number | null;
  takedownDay: number | null;
  admissible: boolean | null;
  score: Score;
  vsArticle: Record<string, number>;
}

/** The figures of a run, from its state only; what did not happen is null, never invented. */
export function reportRun(state: SimState, policy: string): RunReport {
  const { net, scenario } = state;
  const arrestsByCountry: Record<string, number> = {};
  let arrests = 0;
  for (let p = 0; p < net.size; p++) {
    if (state.arrestedDay[p] < 0) continue;
    arrests++;
    const iso = net.countries[net.countryOf[p]].iso2;
    arrestsByCountry[iso] = (arrestsByCountry[iso] ?? 0) + 1;
  }
  const threats = state.threats;
  const seized = state.seized;
  const report: Omit<RunReport, 'vsArticle'> = {
    scenario: scenario.id,
    seed: state.seed,
    policy,
    days: state.day,
    handsets: state.holderCount,
    handsetsActive: state.activeHandsets,
    syndicatesReached: countReached(state.syndicateReachedDay),
    countriesReached: countReached(state.countryReachedDay),
    messages: Math.round(state.messages),
    messagesAnalysed: Math.round(state.messagesAnalysed),
    arrests,
    arrestsByCountry,
    expectedConvictions: state.takedown ? round1(state.takedown.expectedConvictions) : null,
    syndicatesDismantled: state.takedown ? state.takedown.dismantled.length : null,
    seizures: {
      cocaineKg: Math.round(seized.cocaineKg),
      otherDrugsKg: Math.round(seized.otherDrugsKg),
      gunsCount: Math.round(seized.guns),
      cashGBP: Math.round(seized.cashGBP),
    },
    threatsToKill: {
      made: threats.length,
      detected: threats.filter((t) => t.detected).length,
      actedOn: threats.filter((t) => t.response === 'open' || t.response === 'covert').length,
      livesLost: threats.filter((t) => t.outcome === 'killed').length,
    },
    leaked: state.leakDay >= 0,
    leakDay: state.leakDay >= 0 ? state.leakDay : null,
    takedownDay: state.takedown ? state.takedown.day : null,
    admissible: state.takedown ? state.takedown.admissible : null,
    score: scoreRun(state),
  };
  return { ...report, vsArticle: compareWithArticle(report, scenario.scale) };
}

/** Each figure as a percentage of the real operation's, scaled to full size first. */
function compareWithArticle(r: Omit<RunReport, 'vsArticle'>, scale: number): Record<string, number> {
  const pct = (value: number, target: number, scaled = true) =>
    round1(((scaled ? value / scale : value) / target) * 100);
  const w = ARTICLE.world;
  return {
    handsets: pct(r.handsets, w.handsets),
    syndicates: pct(r.syndicatesReached, w.syndicates),
    countries: pct(r.countriesReached, w.countries, false),
    arrests: pct(r.arrests, w.arrests),
    cocaineKg: pct(r.seizures.cocaineKg, w.cocaineKg),
    guns: pct(r.seizures.gunsCount, w.guns),
    cashGBP: pct(r.seizures.cashGBP, w.cashGBP),
    australiaArrests: pct(r.arrestsByCountry[ARTICLE.australia.iso2] ?? 0, ARTICLE.australia.arrests),
    newZealandArrests: pct(r.arrestsByCountry[ARTICLE.newZealand.iso2] ?? 0, ARTICLE.newZealand.arrests),
  };
}

/** How many syndicates (or countries) a handset has reached, from their reached-day table. */
export function countReached(reachedDay: Int32Array): number {
  let n = 0;
  for (const day of reachedDay) if (day >= 0) n++;
  return n;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
