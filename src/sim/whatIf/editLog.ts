import type { Command } from '../commands/commands';
import type { ThreatResponse } from '../model/state';
import type { CommandLog } from '../policies/runPolicy';

export type TakedownCommand = Extract<Command, { type: 'takedown' }>;

/** A copy of the log with only the commands that pass `keep`; days left empty are dropped. */
export function filterLog(log: CommandLog, keep: (command: Command) => boolean): CommandLog {
  const out: CommandLog = {};
  for (const [day, commands] of Object.entries(log)) {
    const kept = commands.filter(keep);
    if (kept.length > 0) out[Number(day)] = kept;
  }
  return out;
}

/** The log with its takedown moved: every takedown command removed, one added after `day`'s own commands. */
export function moveTakedown(log: CommandLog, day: number, takedown: TakedownCommand): CommandLog {
  const out = filterLog(log, (c) => c.type !== 'takedown');
  out[day] = [...(out[day] ?? []), takedown];
  return out;
}

/**
 * How the player usually answered threats: the response they gave most often
 * (cover story, then open, on a tie); null if they never acted on one.
 */
export function usualResponse(log: CommandLog): ThreatResponse | null {
  const counts = { covert: 0, open: 0, none: 0 };
  for (const commands of Object.values(log))
    for (const c of commands) if (c.type === 'respondThreat') counts[c.response]++;
  const best = (['covert', 'open', 'none'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] === 0 || best === 'none' ? null : best;
}
