/*
 * What each choice is worth on the classroom scenario, over seeds 1–24: the figures issue 12
 * names for a class (seeding, reading, timing, targets, threats). Run alone with
 * `npx tsx bench/choiceBench.ts`.
 */

import { pathToFileURL } from 'node:url';
import { choiceWorth } from '../src/cli/choiceWorth';
import { BUILT_IN_SCENARIOS } from '../src/sim';

const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);

const percentMore = (a: number, b: number) => (b === 0 ? 0 : (a / b - 1) * 100);

export function choiceBenchmarks(): Record<string, number> {
  const w = choiceWorth(BUILT_IN_SCENARIOS.classroom, SEEDS);
  const peak = Math.max(...w.timing.meanScore);
  const atEnd = w.timing.meanScore[w.timing.meanScore.length - 1];
  const figures: Record<string, number> = {
    'choices.bestSeedingOverWorstPercent': percentMore(w.score.best, w.score.worstSeeding),
    'choices.diligentOverNoReadingPercent': percentMore(w.score.best, w.score.noReading),
    'choices.peakDay': w.timing.days[w.timing.meanScore.indexOf(peak)],
    'choices.endBelowPeakPercent': (1 - atEnd / peak) * 100,
    'choices.lastMinuteLeakPercent': w.timing.lastMinuteLeakShare * 100,
    'choices.cautiousOverLastMinutePercent': percentMore(w.timing.cautiousScore, w.timing.lastMinuteScore),
    'choices.teams': w.teams,
    'choices.peopleWithEvidence': w.peopleWithEvidence,
    'choices.keyPlayerOverEvidenceDismantledPercent': percentMore(
      w.dismantled.keyPlayer,
      w.dismantled.evidence,
    ),
    'choices.livesLostActingOnEvery': w.lives.actOnEvery,
    'choices.livesLostActingOnNone': w.lives.actOnNone,
  };
  w.timing.days.forEach((day, i) => {
    figures[`choices.meanScoreTakedownDay${day}`] = w.timing.meanScore[i];
  });
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [key, value] of Object.entries(choiceBenchmarks()))
    process.stdout.write(`${key} ${value.toFixed(1)}\n`);
}
