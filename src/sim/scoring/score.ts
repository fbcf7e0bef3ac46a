import type { SimState } from '../state';
import { convictionChance } from '../takedown/convictionChance';

/** Points per unit, shown to players beside each part of the score. */
export const SCORE_WEIGHTS = {
  /** Per expected conviction, times the role's value (boss 10 … soldier 1). */
  conviction: 1,
  dismantledSyndicate: 10,
  cocaineTonne: 10,
  otherDrugsTonne: 5,
  gun: 0.5,
  cashMillionGBP: 2,
  lifeLost: -15,
  leak: -100,
} as const;

export interface Score {
  readonly total: number;
  readonly convictions: number;
  readonly dismantled: number;
  readonly seizures: number;
  readonly lives: number;
  readonly exposure: number;
}

/** The run's score in full-scale points: a quarter-scale run is divided by 0.25. */
export function scoreRun(state: SimState): Score {
  const { net, scenario, tables } = state;
  const w = SCORE_WEIGHTS;
  const perScale = 1 / scenario.scale;
  let convictions = 0;
  for (let p = 0; p < net.size; p++) {
    if (state.arrestedDay[p] < 0) continue;
    convictions +=
      convictionChance(state.evidence[p], scenario.takedown.evidenceScale) * tables.roleValue[net.role[p]];
  }
  convictions *= w.conviction * perScale;
  const dismantled = (state.takedown?.dismantled.length ?? 0) * w.dismantledSyndicate * perScale;
  const s = state.seized;
  const seizures =
    ((s.cocaineKg / 1000) * w.cocaineTonne +
      (s.otherDrugsKg / 1000) * w.otherDrugsTonne +
      s.guns * w.gun +
      (s.cashGBP / 1e6) * w.cashMillionGBP) *
    perScale;
  const livesLost = state.threats.filter((t) => t.outcome === 'killed').length;
  const lives = livesLost * w.lifeLost * perScale;
  const exposure = state.leakDay >= 0 ? w.leak : 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    total: round(convictions + dismantled + seizures + lives + exposure),
    convictions: round(convictions),
    dismantled: round(dismantled),
    seizures: round(seizures),
    lives: round(lives),
    exposure,
  };
}
