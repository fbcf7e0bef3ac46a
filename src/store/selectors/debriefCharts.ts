import {
  authorisationDaysLeft,
  type Command,
  type CommandLog,
  lastAdmissibleDay,
  type SimState,
} from '../../sim';

/** A turn of the run worth marking on its charts. Labels are the view's; shocks carry the scenario's. */
export type Milestone =
  | { readonly kind: 'abroad'; readonly day: number }
  | { readonly kind: 'shock'; readonly day: number; readonly label: string }
  | { readonly kind: 'leak'; readonly day: number }
  | { readonly kind: 'authorisation-end'; readonly day: number }
  | { readonly kind: 'takedown'; readonly day: number };

/**
 * The run's own milestones, in day order: the first syndicate reached outside the informant's
 * home country, rival platforms falling (the scenario's demand shocks) that the run lived to see,
 * the leak, the end of the authorisation (if the run got there) and the takedown.
 */
export function runMilestones(sim: SimState): Milestone[] {
  const out: Milestone[] = [];
  const { net, scenario } = sim;
  let first = Number.POSITIVE_INFINITY;
  for (const day of sim.countryReachedDay) if (day >= 0) first = Math.min(first, day);
  let abroad = Number.POSITIVE_INFINITY;
  for (let s = 0; s < net.syndicateCount; s++) {
    const day = sim.syndicateReachedDay[s];
    if (day < 0) continue;
    if (sim.countryReachedDay[net.syndicateCountry[s]] > first) abroad = Math.min(abroad, day);
  }
  if (Number.isFinite(abroad)) out.push({ kind: 'abroad', day: abroad });
  for (const shock of scenario.spread.shocks)
    if (shock.day <= sim.day) out.push({ kind: 'shock', day: shock.day, label: shock.label });
  if (sim.leakDay >= 0) out.push({ kind: 'leak', day: sim.leakDay });
  if (authorisationDaysLeft(sim) <= 0)
    out.push({ kind: 'authorisation-end', day: lastAdmissibleDay(scenario) });
  if (sim.takedown) out.push({ kind: 'takedown', day: sim.takedown.day });
  return out.sort((a, b) => a.day - b.day);
}

/** Decisions as the timeline groups them; reading and tagging are counted, not listed one by one. */
export type DecisionKind =
  | 'seed'
  | 'focus'
  | 'threat-open'
  | 'threat-covert'
  | 'threat-none'
  | 'raid'
  | 'takedown'
  | 'read'
  | 'tag';

export const DECISION_KINDS: readonly DecisionKind[] = [
  'seed',
  'focus',
  'threat-open',
  'threat-covert',
  'threat-none',
  'raid',
  'takedown',
  'read',
  'tag',
];

export interface DecisionDay {
  readonly day: number;
  readonly kind: DecisionKind;
  readonly count: number;
}

function kindOf(command: Command): DecisionKind {
  switch (command.type) {
    case 'seed':
      return 'seed';
    case 'focusAnalysts':
      return 'focus';
    case 'respondThreat':
      return `threat-${command.response}`;
    case 'raid':
      return 'raid';
    case 'takedown':
      return 'takedown';
    case 'readMessage':
      return 'read';
    case 'tagEvidence':
      return 'tag';
  }
}

/** The player's decisions by day and kind, in day order then kind order. */
export function decisionTimeline(commands: CommandLog): DecisionDay[] {
  const out: DecisionDay[] = [];
  const days = Object.keys(commands)
    .map(Number)
    .sort((a, b) => a - b);
  for (const day of days) {
    const counts = new Map<DecisionKind, number>();
    for (const command of commands[day] ?? []) {
      const kind = kindOf(command);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    for (const kind of DECISION_KINDS) {
      const count = counts.get(kind);
      if (count) out.push({ day, kind, count });
    }
  }
  return out;
}

/** Totals of each kind of decision over the run. */
export function decisionTotals(timeline: readonly DecisionDay[]): Record<DecisionKind, number> {
  const totals = Object.fromEntries(DECISION_KINDS.map((k) => [k, 0])) as Record<DecisionKind, number>;
  for (const d of timeline) totals[d.kind] += d.count;
  return totals;
}

/** One value every `step` days (and the last one), for a chart's table alternative. */
export function sampleSeries(values: readonly number[], step: number): { day: number; value: number }[] {
  const out: { day: number; value: number }[] = [];
  for (let i = 0; i < values.length; i += step) out.push({ day: i, value: values[i] });
  const last = values.length - 1;
  if (last >= 0 && last % step !== 0) out.push({ day: last, value: values[last] });
  return out;
}
