import {
  POLICIES,
  type PolicyName,
  type PolicyOptions,
  type RunReport,
  reportRun,
  runPolicy,
  type Scenario,
  takedownByDay,
} from '../sim';

/** The mean of a figure over runs. */
function mean(reports: readonly RunReport[], pick: (r: RunReport) => number): number {
  return reports.reduce((sum, r) => sum + pick(r), 0) / reports.length;
}

function runs(scenario: Scenario, seeds: readonly number[], policy: PolicyName, options: PolicyOptions) {
  return seeds.map((seed) => reportRun(runPolicy(scenario, seed, POLICIES[policy](options)).state, policy));
}

/** What each choice was worth on a scenario, averaged over seeds: the figures the class should see. */
export interface ChoiceWorth {
  readonly seeds: number;
  readonly score: { readonly best: number; readonly worstSeeding: number; readonly noReading: number };
  readonly dismantled: { readonly keyPlayer: number; readonly evidence: number };
  readonly teams: number;
  readonly peopleWithEvidence: number;
  readonly timing: {
    readonly days: readonly number[];
    readonly meanScore: readonly number[];
    readonly lastMinuteLeakShare: number;
    readonly lastMinuteScore: number;
    readonly cautiousScore: number;
  };
  readonly lives: { readonly actOnEvery: number; readonly actOnNone: number };
}

export function choiceWorth(
  scenario: Scenario,
  seeds: readonly number[],
  days: readonly number[] = [300, 450, 600, 750, 850, 920, 970],
): ChoiceWorth {
  const best = runs(scenario, seeds, 'historical', {});
  const worstSeeding = runs(scenario, seeds, 'historical', { seeding: 'worst' });
  const noReading = runs(scenario, seeds, 'historical', { reading: 'none' });
  const evidence = runs(scenario, seeds, 'historical', { targets: 'evidence' });
  const lastMinute = runs(scenario, seeds, 'last-minute', {});
  const cautious = runs(scenario, seeds, 'cautious', {});
  const none = runs(scenario, seeds, 'never-intervene', {});
  const byDay = days.map(() => 0);
  for (const seed of seeds)
    takedownByDay(scenario, seed, 'historical', days).forEach((r, i) => {
      byDay[i] += r.score.total / seeds.length;
    });
  const score = (r: RunReport) => r.score.total;
  return {
    seeds: seeds.length,
    score: {
      best: mean(best, score),
      worstSeeding: mean(worstSeeding, score),
      noReading: mean(noReading, score),
    },
    dismantled: {
      keyPlayer: mean(best, (r) => r.syndicatesDismantled ?? 0),
      evidence: mean(evidence, (r) => r.syndicatesDismantled ?? 0),
    },
    teams: Math.floor(scenario.takedown.officers / scenario.takedown.officersPerArrest),
    peopleWithEvidence: mean(best, (r) => r.peopleWithEvidence),
    timing: {
      days,
      meanScore: byDay,
      lastMinuteLeakShare: mean(lastMinute, (r) => (r.leaked ? 1 : 0)),
      lastMinuteScore: mean(lastMinute, score),
      cautiousScore: mean(cautious, score),
    },
    lives: {
      actOnEvery: mean(best, (r) => r.threatsToKill.livesLost),
      actOnNone: mean(none, (r) => r.threatsToKill.livesLost),
    },
  };
}
