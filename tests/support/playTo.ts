import { type Command, createSim, POLICIES, playUntil, type Scenario, type SimState } from '../../src/sim';

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
  playUntil(
    state,
    POLICIES.historical({ takedownDay: Number.MAX_SAFE_INTEGER, reading: 'none' }),
    day,
    [],
    extra,
  );
  return state;
}
