import type { Command } from '../commands/commands';
import { createSim } from '../engine/createSim';
import { step } from '../engine/engine';
import { isOver, type SimState, type ThreatResponse } from '../model/state';
import type { CommandLog } from '../policies/runPolicy';
import type { Scenario } from '../scenario/schema';

/** Commands a what-if adds to a day, after the log's own (which therefore come first). */
export type DayHook = (state: SimState) => Command[];

/**
 * From day `from`, every threat analysts read that nobody has answered gets `response` on its
 * deadline.
 */
export function answerDueThreats(from: number, response: ThreatResponse): DayHook {
  return (state) => {
    if (state.day < from) return [];
    const commands: Command[] = [];
    for (const t of state.threats) {
      if (t.detected && t.response === null && t.outcome === 'pending' && t.deadline === state.day)
        commands.push({ type: 'respondThreat', threat: t.id, response });
    }
    return commands;
  };
}

/** Replays a log to the end of the operation, with `extra` commands each day when given. */
export function replayWhatIf(
  scenario: Scenario,
  seed: number,
  log: CommandLog,
  extra: DayHook | null = null,
): SimState {
  const state = createSim(scenario, seed);
  while (!isOver(state)) {
    const today = log[state.day] ?? [];
    const added = extra ? extra(state) : [];
    step(state, added.length > 0 ? [...today, ...added] : today);
  }
  return state;
}
