import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  type Command,
  type CommandLog,
  createSim,
  isActive,
  type SimState,
  stateHash,
  step,
} from '../../src/sim';

const scenario = BUILT_IN_SCENARIOS.workshop;
const DAYS = 260;
const FC_SEED = 20261125;
/** Seeds that once found a bug stay here as regression cases. */
const REGRESSION_SEEDS: number[] = [];

const person = fc.integer({ min: 0, max: 2200 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('seed' as const), people: fc.array(person, { minLength: 1, maxLength: 4 }) }),
  fc.record({
    type: fc.constant('focusAnalysts' as const),
    syndicates: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }),
  }),
  fc.record({
    type: fc.constant('respondThreat' as const),
    threat: fc.integer({ min: 0, max: 30 }),
    response: fc.constantFrom('open' as const, 'covert' as const, 'none' as const),
  }),
  fc.record({ type: fc.constant('raid' as const), syndicate: fc.integer({ min: 0, max: 40 }) }),
  fc.record({
    type: fc.constant('takedown' as const),
    countries: fc.array(fc.constantFrom('AU', 'NZ', 'DE', 'ZZ'), { maxLength: 3 }),
    officers: fc.integer({ min: 1, max: 1500 }),
  }),
);
const commandLog = fc
  .array(fc.tuple(fc.integer({ min: 0, max: DAYS - 1 }), command), { maxLength: 25 })
  .map((entries) => {
    const log: CommandLog = {};
    for (const [day, c] of entries) log[day] = [...(log[day] ?? []), c];
    return log;
  });
const simSeed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

function play(seed: number, log: CommandLog): SimState {
  const state = createSim(scenario, seed);
  for (let d = 0; d < DAYS; d++) step(state, log[state.day] ?? []);
  return state;
}

function checkInvariants(state: SimState): void {
  const { net } = state;
  expect(state.holderCount).toBeLessThanOrEqual(net.size);
  const order = new Int32Array(net.size).fill(-1);
  for (let i = 0; i < state.holderCount; i++) order[state.holders[i]] = i;
  let active = 0;
  for (let i = 0; i < state.holderCount; i++) {
    const p = state.holders[i];
    if (isActive(state, p)) active++;
    if (p === net.informant) continue;
    let tiedToEarlier = false;
    for (let k = net.offsets[p]; k < net.offsets[p + 1]; k++) {
      const o = order[net.neighbors[k]];
      if (o >= 0 && o < i) tiedToEarlier = true;
    }
    expect(tiedToEarlier, `holder ${p} has no tie to an earlier holder`).toBe(true);
  }
  expect(state.activeHandsets).toBe(active);
  for (let p = 0; p < net.size; p++) {
    if (state.arrestedDay[p] >= 0)
      expect(state.evidence[p], `person ${p} arrested without evidence`).toBeGreaterThan(0);
    expect(state.evidence[p]).toBeGreaterThanOrEqual(0);
    expect(state.pressure[p]).toBeGreaterThan(-1e-9);
  }
  for (const value of [
    state.heat,
    state.supply,
    state.messages,
    state.messagesAnalysed,
    ...Object.values(state.seized),
  ]) {
    expect(value).toBeGreaterThanOrEqual(0);
  }
  for (const stash of Object.values(state.knownStash))
    for (const v of stash) expect(v).toBeGreaterThanOrEqual(0);
}

describe('properties of any run', () => {
  it(`random command sequences never throw and keep every invariant (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(simSeed, commandLog, (seed, log) => {
        checkInvariants(play(seed, log));
      }),
      { seed: FC_SEED, numRuns: 40 },
    );
  });

  for (const seed of REGRESSION_SEEDS) {
    it(`regression: fast-check seed ${seed}`, () => {
      fc.assert(
        fc.property(simSeed, commandLog, (s, log) => checkInvariants(play(s, log))),
        { seed, numRuns: 40 },
      );
    });
  }

  it(`the same seed and commands give the same run (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(simSeed, commandLog, (seed, log) => {
        expect(stateHash(play(seed, log))).toBe(stateHash(play(seed, log)));
      }),
      { seed: FC_SEED, numRuns: 10 },
    );
  });

  it('rejects what cannot be done with a rejection code, instead of throwing', () => {
    const state = createSim(scenario, 1);
    const { events } = step(state, [
      { type: 'seed', people: [state.net.size - 1] },
      { type: 'raid', syndicate: 9999 },
      { type: 'respondThreat', threat: 0, response: 'open' },
      { type: 'takedown', countries: ['ZZ'], officers: 10 },
    ]);
    const rejections = events.flatMap((e) => (e.type === 'command-rejected' ? [e.rejection] : []));
    expect(rejections).toEqual([
      { code: 'unreachable', person: state.net.size - 1 },
      { code: 'no-such-syndicate', syndicate: 9999 },
      { code: 'no-such-threat', threat: 0 },
      { code: 'no-such-country', country: 'ZZ' },
    ]);
  });
});
