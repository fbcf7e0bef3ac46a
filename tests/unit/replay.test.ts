import { describe, expect, it } from 'vitest';
import {
  applyCommands,
  BUILT_IN_SCENARIOS,
  type CommandLog,
  createSim,
  POLICIES,
  replay,
  runPolicy,
  type Scenario,
  stateHash,
  step,
} from '../../src/sim';
import { runDays } from '../support/runDays';

const DAYS = 300;

/** A save as the game stores it: plain JSON of scenario, seed and commands. */
function saveAndRestore(scenario: Scenario, seed: number, commands: CommandLog, day: number) {
  const saved = JSON.parse(JSON.stringify({ scenario, seed, commands }));
  return replay(saved.scenario, saved.seed, saved.commands, day);
}

describe('replay', () => {
  it('a run straight through and one saved and restored every 10 days agree on every day', () => {
    const scenario = BUILT_IN_SCENARIOS.workshop;
    const { commands } = runPolicy(scenario, 3, POLICIES.cautious({ takedownDay: DAYS }));
    const straight = runDays(scenario, 3, DAYS, commands).hashes;

    let state = createSim(scenario, 3);
    const restored: string[] = [];
    for (let d = 0; d < DAYS; d++) {
      const today = commands[d] ?? [];
      if (d % 10 === 0) {
        // As the game does: today's commands are given, the game is saved, the page reloads.
        applyCommands(state, today);
        const before = stateHash(state);
        state = saveAndRestore(scenario, 3, commands, d);
        expect(stateHash(state)).toBe(before);
        step(state, []);
      } else {
        step(state, today);
      }
      restored.push(stateHash(state));
    }
    expect(restored).toEqual(straight);
  });

  it('replays a policy run to the same final state', () => {
    const scenario = BUILT_IN_SCENARIOS.workshop;
    const { state, commands } = runPolicy(scenario, 11, POLICIES.historical({}));
    expect(stateHash(replay(scenario, 11, commands, Number.MAX_SAFE_INTEGER))).toBe(stateHash(state));
  });
});
