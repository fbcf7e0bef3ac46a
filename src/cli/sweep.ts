import { POLICIES, type PolicyName, reportRun, runPolicy, type Scenario } from '../sim';
import type { SweepSpec } from './parseArgs';

const COLUMNS = [
  'takedownDay',
  'seed',
  'handsets',
  'arrests',
  'cocaineKg',
  'guns',
  'cashGBP',
  'livesLost',
  'leaked',
  'leakDay',
  'score',
];

/** One CSV row per takedown day and seed: what waiting buys and what it costs. */
export function sweepCsv(
  scenario: Scenario,
  policyName: PolicyName,
  sweep: SweepSpec,
  seeds: readonly number[],
): string {
  const rows = [COLUMNS.join(',')];
  for (let day = sweep.from; day <= sweep.to; day += sweep.step) {
    for (const seed of seeds) {
      const { state } = runPolicy(scenario, seed, POLICIES[policyName]({ takedownDay: day }));
      const r = reportRun(state, policyName);
      rows.push(
        [
          day,
          seed,
          r.handsets,
          r.arrests,
          r.seizures.cocaineKg,
          r.seizures.gunsCount,
          r.seizures.cashGBP,
          r.threatsToKill.livesLost,
          r.leaked,
          r.leakDay ?? '',
          r.score.total,
        ].join(','),
      );
    }
  }
  return `${rows.join('\n')}\n`;
}
