import type { Command } from '../commands/commands';
import { createSim } from '../engine/createSim';
import { applyCommands, step } from '../engine/engine';
import type { SimEvent } from '../model/events';
import { isOver, type SimState } from '../model/state';
import type { Scenario } from '../scenario/schema';
import type { Policy } from './policy';

export type CommandLog = Record<number, Command[]>;

/** Plays a whole operation with a policy; returns the final state and the commands it issued by day. */
export function runPolicy(
  scenario: Scenario,
  seed: number,
  policy: Policy,
): { state: SimState; commands: CommandLog } {
  const state = createSim(scenario, seed);
  const commands: CommandLog = {};
  let events: SimEvent[] = [];
  while (!isOver(state)) {
    const today = policy.decide(state, events);
    if (today.length > 0) commands[state.day] = today;
    events = step(state, today).events;
  }
  return { state, commands };
}

/**
 * Advances a run with a policy until `day` (or the end of the operation), with any extra
 * commands by day; takes and returns the last day's events, which the policy decides on.
 */
export function playUntil(
  state: SimState,
  policy: Policy,
  day: number,
  events: SimEvent[] = [],
  extra: CommandLog = {},
): SimEvent[] {
  let last = events;
  while (state.day < day && !isOver(state)) {
    last = step(state, [...policy.decide(state, last), ...(extra[state.day] ?? [])]).events;
  }
  return last;
}

/**
 * Replays a saved game up to `untilDay`, including the commands already given on
 * that day (a save is taken after every command), so the result is the state the
 * player left: the same scenario, seed and commands always give the same state.
 */
export function replay(scenario: Scenario, seed: number, commands: CommandLog, untilDay: number): SimState {
  const state = createSim(scenario, seed);
  while (state.day < untilDay && !isOver(state)) step(state, commands[state.day] ?? []);
  if (state.day === untilDay) applyCommands(state, commands[untilDay] ?? []);
  return state;
}
