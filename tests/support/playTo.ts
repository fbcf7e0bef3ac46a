import {
  type Command,
  createSim,
  POLICIES,
  type Scenario,
  type SimEvent,
  type SimState,
  step,
} from '../../src/sim';

/**
 * Plays a scenario up to a day the way the historical policy would (seeding, answering
 * threats) but without its takedown, so the state is mid-operation.
 */
export function playTo(
  scenario: Scenario,
  seed: number,
  day: number,
  extra: Record<number, Command[]> = {},
): SimState {
  const state = createSim(scenario, seed);
  const policy = POLICIES.historical({ takedownDay: Number.MAX_SAFE_INTEGER });
  let events: SimEvent[] = [];
  while (state.day < day)
    events = step(state, [...policy.decide(state, events), ...(extra[state.day] ?? [])]).events;
  return state;
}
