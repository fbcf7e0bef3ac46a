import {
  type Command,
  type CommandLog,
  createSim,
  type Scenario,
  type SimState,
  stateHash,
  step,
} from '../../src/sim';

/** Plays a scenario for some days with a fixed command log; returns the state and each day's hash. */
export function runDays(
  scenario: Scenario,
  seed: number,
  days: number,
  commands: CommandLog = {},
): { state: SimState; hashes: string[] } {
  const state = createSim(scenario, seed);
  const hashes: string[] = [];
  for (let d = 0; d < days; d++) {
    step(state, commands[state.day] ?? ([] as Command[]));
    hashes.push(stateHash(state));
  }
  return { state, hashes };
}
