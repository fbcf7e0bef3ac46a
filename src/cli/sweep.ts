import {
  POLICIES,
  type PolicyName,
  type PolicyOptions,
  reportRun,
  runPolicy,
  SCORE_PARTS,
  type Scenario,
} from '../sim';
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

const PART_COLUMNS = SCORE_PARTS.map((part) => `score_${part}`);

/**
 * One CSV row per takedown day and seed: what waiting buys and what it costs; with
 * `scoreParts`, the score's parts follow in extra columns.
 */
export function sweepCsv(
  scenario: Scenario,
  policyName: PolicyName,
  options: Omit<PolicyOptions, 'takedownDay'>,
  sweep: SweepSpec,
  seeds: readonly number[],
  scoreParts = false,
): string {
  const rows = [[...COLUMNS, ...(scoreParts ? PART_COLUMNS : [])].join(',')];
  for (let day = sweep.from; day <= sweep.to; day += sweep.step) {
    for (const seed of seeds) {
      const { state } = runPolicy(scenario, seed, POLICIES[policyName]({ ...options, takedownDay: day }));
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
          ...(scoreParts ? SCORE_PARTS.map((part) => r.score[part]) : []),
        ].join(','),
      );
    }
  }
  return `${rows.join('\n')}\n`;
}
