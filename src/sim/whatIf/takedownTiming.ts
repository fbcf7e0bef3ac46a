import { cloneSim } from '../engine/cloneSim';
import { createSim } from '../engine/createSim';
import { step } from '../engine/engine';
import type { SimEvent } from '../model/events';
import type { PolicyName } from '../policies/policies';
import { POLICIES } from '../policies/policies';
import type { PolicyOptions } from '../policies/policy';
import { fullTakedown } from '../policies/policyParts';
import { playUntil } from '../policies/runPolicy';
import type { Scenario } from '../scenario/schema';
import { type RunReport, reportRun } from '../scoring/report';

/**
 * One run of a policy that never acts, branched on each candidate day into a full
 * takedown: what acting on that day would have given, for the same seed and
 * decisions up to then. Far cheaper than a separate run per day.
 */
export function takedownByDay(
  scenario: Scenario,
  seed: number,
  policyName: PolicyName,
  days: readonly number[],
  options: Omit<PolicyOptions, 'takedownDay'> = {},
): RunReport[] {
  const wanted = [...days].sort((a, b) => a - b);
  const reports = new Map<number, RunReport>();
  const policy = POLICIES[policyName]({ ...options, takedownDay: Number.MAX_SAFE_INTEGER });
  const state = createSim(scenario, seed);
  let events: SimEvent[] = [];
  for (const day of wanted) {
    events = playUntil(state, policy, day, events);
    const branch = cloneSim(state);
    step(branch, [...policy.decide(branch, events), fullTakedown(branch, options.targets ?? 'key-player')]);
    reports.set(day, reportRun(branch, policyName));
  }
  return days.map((day) => reports.get(day)!);
}
