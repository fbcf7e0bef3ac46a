import type { Command } from '../commands/commands';
import { createSim } from '../engine/createSim';
import { step } from '../engine/engine';
import { isOver, type SimState, type ThreatResponse } from '../model/state';
import type { CommandLog } from '../policies/runPolicy';
import type { Scenario } from '../scenario/schema';

/** Threats that analysts read, nobody has answered, and that fall due today. */
function dueUnanswered(state: SimState, response: ThreatResponse): Command[] {
  const commands: Command[] = [];
  for (const t of state.threats) {
    if (t.detected && t.response === null && t.outcome === 'pending' && t.deadline === state.day)
      commands.push({ type: 'respondThreat', threat: t.id, response });
  }
  return commands;
}

/**
 * Replays a log to the end of the operation. With `answer`, from day `answer.from`
 * every threat analysts read that is still unanswered on its deadline gets that
 * response (after the log's own commands for the day, which therefore come first).
 */
export function replayWhatIf(
  scenario: Scenario,
  seed: number,
  log: CommandLog,
  answer: { readonly from: number; readonly response: ThreatResponse } | null = null,
): SimState {
  const state = createSim(scenario, seed);
  while (!isOver(state)) {
    const today = log[state.day] ?? [];
    const extra = answer && state.day >= answer.from ? dueUnanswered(state, answer.response) : [];
    step(state, extra.length > 0 ? [...today, ...extra] : today);
  }
  return state;
}
