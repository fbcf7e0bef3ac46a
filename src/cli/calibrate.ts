import { ARTICLE, POLICIES, reportRun, runPolicy, type Scenario } from '../sim';
import { loadScenario } from './loadScenario';
import { median } from './median';
import { UsageError } from './parseArgs';

const SEEDS = [1, 2, 3, 4, 5];
const STEPS = 14;

function medianHandsets(scenario: Scenario, beta: number): number {
  const trial: Scenario = { ...scenario, spread: { ...scenario.spread, beta } };
  return median(
    SEEDS.map(
      (seed) => reportRun(runPolicy(trial, seed, POLICIES.historical({})).state, 'historical').handsets,
    ),
  );
}

/**
 * Finds the spread rate β at which the historical policy reaches the real operation's
 * ~12,000 handsets (scaled to the scenario) by its takedown, median over seeds 1–5.
 * Run offline; store the printed β in the scenario file.
 */
function calibrate(id: string): void {
  const scenario = loadScenario(id);
  const target = ARTICLE.world.handsets * scenario.scale;
  let lo = 0;
  let hi = 0.05;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    const handsets = medianHandsets(scenario, mid);
    process.stderr.write(`β=${mid.toFixed(6)} → median ${handsets} handsets (target ${target})\n`);
    if (handsets < target) lo = mid;
    else hi = mid;
  }
  process.stdout.write(`${((lo + hi) / 2).toFixed(5)}\n`);
}

try {
  const id = process.argv[2];
  if (!id) throw new UsageError('usage: npm run calibrate -- SCENARIO');
  calibrate(id);
} catch (error) {
  process.stderr.write(`calibrate: ${(error as Error).message}\n`);
  process.exit(2);
}
