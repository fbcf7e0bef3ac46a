import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, type CommandLog, createSim, seedCandidates } from '../../src/sim';
import { runDays } from '../support/runDays';

const scenario = BUILT_IN_SCENARIOS.classroom;
const firstContacts = seedCandidates(createSim(scenario, 7), 3);
const commands: CommandLog = {
  0: [{ type: 'seed', people: firstContacts }],
  40: [{ type: 'focusAnalysts', syndicates: [0, 1] }],
};

describe('determinism', () => {
  it('gives the same state hash after 100 days, twice in a row', () => {
    const a = runDays(scenario, 7, 100, commands).hashes.at(-1);
    const b = runDays(scenario, 7, 100, commands).hashes.at(-1);
    expect(a).toBe(b);
  });

  it('gives the same state hash in a separate process', () => {
    const here = runDays(scenario, 7, 100, commands).hashes.at(-1);
    const script = `
      import { BUILT_IN_SCENARIOS } from './src/sim/index.ts';
      import { runDays } from './tests/support/runDays.ts';
      const commands = ${JSON.stringify(commands)};
      process.stdout.write(runDays(BUILT_IN_SCENARIOS.classroom, 7, 100, commands).hashes.at(-1));
    `;
    const there = execFileSync('node_modules/.bin/tsx', ['--eval', script], { encoding: 'utf8' });
    expect(there).toBe(here);
  });

  it('gives a different run for a different seed', () => {
    const a = runDays(scenario, 7, 100).hashes.at(-1);
    const b = runDays(scenario, 8, 100).hashes.at(-1);
    expect(a).not.toBe(b);
  });

  it('keeps the same network for the same seed, whatever the commands', () => {
    const a = runDays(scenario, 7, 1, commands).state.net;
    const b = runDays(scenario, 7, 1).state.net;
    expect(a.neighbors).toEqual(b.neighbors);
  });
});
