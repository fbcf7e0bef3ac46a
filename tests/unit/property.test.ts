import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  type Command,
  commandSchema,
  createSim,
  isActive,
  isRightTag,
  type Rejection,
  type SimEvent,
  type SimState,
  stateHash,
  step,
} from '../../src/sim';

const scenario = BUILT_IN_SCENARIOS.workshop;
const DAYS = 260;

/** An integer from the environment, or `fallback` when it is unset. */
function envInteger(name: string, fallback: number, least: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < least)
    throw new Error(`${name} must be an integer ≥ ${least}, not "${text}"`);
  return value;
}

/**
 * fast-check's seed and number of runs: `PROPERTY_SEED=… PROPERTY_RUNS=… npx vitest run
 * tests/unit/property.test.ts` explores further; a failure prints the seed (and path) that replays it.
 */
const FC_SEED = envInteger('PROPERTY_SEED', 20261125, -(2 ** 31));
const RUNS = envInteger('PROPERTY_RUNS', 100, 1);

/**
 * fast-check seeds whose first case is replayed on every run (numRuns 1, whatever PROPERTY_SEED and
 * PROPERTY_RUNS say). No generated case has failed since reads and tags are generated; these keep
 * paths a random search reaches only now and then. What a seed generates follows the arbitraries
 * below: after changing them, find seeds for these paths again.
 */
const REGRESSION_SEEDS: readonly { seed: number; why: string }[] = [
  { seed: 115, why: 'a takedown after tags arrests both tagged people, one on wrong tags alone' },
  { seed: 19, why: 'a takedown after six tags, one right, with reads of missing messages rejected' },
  { seed: 193, why: 'an early takedown (day 54) arrests the person tagged in a small feed' },
  { seed: 140, why: 'a raid arrests someone whose case rests on wrong tags, with no takedown' },
];

/**
 * A message or a threat chosen on its day: one there is by then (a message in the feed, a threat
 * still open to an answer), or any id at all, which may name nothing.
 */
type Pick = { readonly among: number } | { readonly anyId: number };
/** Whom a tag names, chosen against its message: the sender, the recipient, or anyone. */
type PersonPick = 'sender' | 'recipient' | { readonly anyone: number };
/** A command as generated: answers, reads and tags name their threat or message on the day they are given. */
type Planned =
  | Exclude<Command, { type: 'respondThreat' | 'readMessage' | 'tagEvidence' }>
  | { readonly type: 'respondThreat'; readonly threat: Pick; readonly response: 'open' | 'covert' | 'none' }
  | { readonly type: 'readMessage'; readonly message: Pick }
  | { readonly type: 'tagEvidence'; readonly message: Pick; readonly person: PersonPick };
type PlannedLog = Record<number, Planned[]>;

/** Every kind of command (the type checker keeps the list whole). */
const COMMAND_KINDS: Record<Command['type'], true> = {
  seed: true,
  focusAnalysts: true,
  respondThreat: true,
  raid: true,
  readMessage: true,
  tagEvidence: true,
  takedown: true,
};

const person = fc.integer({ min: 0, max: 2200 });
const pick: fc.Arbitrary<Pick> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ among: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ anyId: fc.integer({ min: 0, max: 1_000_000 }) }) },
);
const personPick: fc.Arbitrary<PersonPick> = fc.oneof(
  fc.constant('sender' as const),
  fc.constant('recipient' as const),
  fc.record({ anyone: person }),
);
const command: fc.Arbitrary<Planned> = fc.oneof(
  fc.record({ type: fc.constant('seed' as const), people: fc.array(person, { minLength: 1, maxLength: 4 }) }),
  fc.record({
    type: fc.constant('focusAnalysts' as const),
    syndicates: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }),
  }),
  fc.record({
    type: fc.constant('respondThreat' as const),
    threat: pick,
    response: fc.constantFrom('open' as const, 'covert' as const, 'none' as const),
  }),
  fc.record({ type: fc.constant('raid' as const), syndicate: fc.integer({ min: 0, max: 40 }) }),
  // Reading and tagging are most of what a player does, so they are most of what is planned.
  { weight: 3, arbitrary: fc.record({ type: fc.constant('readMessage' as const), message: pick }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('tagEvidence' as const),
      message: pick,
      person: personPick,
    }),
  },
  fc.record({
    type: fc.constant('takedown' as const),
    countries: fc.array(fc.constantFrom('AU', 'NZ', 'DE', 'ZZ'), { maxLength: 3 }),
    officers: fc.integer({ min: 1, max: 1500 }),
  }),
);
const commandLog = fc
  .array(fc.tuple(fc.integer({ min: 0, max: DAYS - 1 }), command), { maxLength: 30, size: 'max' })
  .map((entries) => {
    const log: PlannedLog = {};
    for (const [day, c] of entries) log[day] = [...(log[day] ?? []), c];
    return log;
  });
const simSeed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** The id `pick` names among `ids`; with none there, the id the next one will have (so nothing yet). */
function chosen(pick: Pick, ids: readonly number[], next: number): number {
  if ('anyId' in pick) return pick.anyId;
  return ids.length === 0 ? next : ids[pick.among % ids.length];
}

function messageId(state: SimState, pick: Pick): number {
  return chosen(
    pick,
    state.feed.map((m) => m.id),
    state.feed.length,
  );
}

function threatId(state: SimState, pick: Pick): number {
  const open = state.threats.filter((t) => t.detected && t.response === null && t.deadline >= state.day);
  return chosen(
    pick,
    open.map((t) => t.id),
    state.threats.length,
  );
}

function personFor(state: SimState, message: number, pick: PersonPick): number {
  if (typeof pick !== 'string') return pick.anyone;
  const m = state.feed[message];
  if (m === undefined) return 0;
  return pick === 'recipient' && m.recipient >= 0 ? m.recipient : m.sender;
}

/** The command a planned one is on the day it is given. */
function resolve(state: SimState, planned: Planned): Command {
  if (planned.type === 'respondThreat')
    return { type: 'respondThreat', threat: threatId(state, planned.threat), response: planned.response };
  if (planned.type === 'readMessage')
    return { type: 'readMessage', message: messageId(state, planned.message) };
  if (planned.type === 'tagEvidence') {
    const message = messageId(state, planned.message);
    return { type: 'tagEvidence', message, person: personFor(state, message, planned.person) };
  }
  return planned;
}

/** A day's reads and tags did what they say, or were rejected with a code: never half done. */
function checkReadsAndTags(
  state: SimState,
  commands: readonly Command[],
  events: readonly SimEvent[],
  feedSize: number,
) {
  const rejected = new Map<Command, Rejection>();
  for (const e of events) if (e.type === 'command-rejected') rejected.set(e.command, e.rejection);
  for (const c of commands) {
    expect(commandSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
    if (c.type !== 'readMessage' && c.type !== 'tagEvidence') continue;
    const rejection = rejected.get(c);
    if (c.message >= feedSize) {
      expect(rejection, JSON.stringify(c)).toBeDefined();
      continue;
    }
    if (rejection !== undefined) continue;
    expect(state.readMessages.has(c.message)).toBe(true);
    if (c.type === 'tagEvidence')
      expect(state.tags.some((t) => t.message === c.message && t.person === c.person)).toBe(true);
  }
}

function play(seed: number, log: PlannedLog): SimState {
  const state = createSim(scenario, seed);
  for (let d = 0; d < DAYS; d++) {
    const commands = (log[state.day] ?? []).map((planned) => resolve(state, planned));
    const feedSize = state.feed.length;
    const { events } = step(state, commands);
    checkReadsAndTags(state, commands, events, feedSize);
  }
  return state;
}

/** Every broken invariant of a run, in words (none for a sound run); plain checks, not one `expect` per person, keep it fast. */
function brokenInvariants(state: SimState): string[] {
  const { net } = state;
  const broken: string[] = [];
  const check = (holds: boolean, what: string) => {
    if (!holds) broken.push(what);
  };
  check(state.holderCount <= net.size, `${state.holderCount} holders in a network of ${net.size}`);
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
    check(tiedToEarlier, `holder ${p} has no tie to an earlier holder`);
  }
  check(state.activeHandsets === active, `${state.activeHandsets} active handsets counted, ${active} active`);
  for (let p = 0; p < net.size; p++) {
    if (state.arrestedDay[p] >= 0) check(state.evidence[p] > 0, `person ${p} arrested without evidence`);
    check(state.evidence[p] >= 0, `person ${p} has negative evidence`);
    check(state.pressure[p] > -1e-9, `person ${p} has negative pressure`);
    check(state.wrongEvidence[p] >= 0, `person ${p} has negative wrong evidence`);
    check(state.wrongEvidence[p] <= state.evidence[p], `person ${p} has more wrong evidence than evidence`);
  }
  const totals = { heat: state.heat, supply: state.supply, messages: state.messages };
  for (const [name, value] of Object.entries({
    ...totals,
    analysed: state.messagesAnalysed,
    ...state.seized,
  }))
    check(value >= 0, `${name} is ${value}`);
  for (const [name, stash] of Object.entries(state.knownStash))
    for (const v of stash) check(v >= 0, `a known ${name} stash of ${v}`);
  for (const id of state.readMessages)
    check(state.feed[id] !== undefined, `read message ${id} is not in the feed`);
  check(state.messagesAnalysed >= state.readMessages.size, 'fewer messages analysed than read');
  const tagged = new Set<string>();
  for (const tag of state.tags) {
    check(state.readMessages.has(tag.message), `tagged message ${tag.message} was never read`);
    check(tag.person >= 0 && tag.person < net.size, `a tag names person ${tag.person}`);
    const key = `${tag.message}:${tag.person}`;
    check(!tagged.has(key), `message ${tag.message} tagged twice against person ${tag.person}`);
    tagged.add(key);
  }
  const wrong = state.tags.filter((t) => !isRightTag(t.verdict));
  check(
    wrong.length === state.wrongTags.length && wrong.every((t, k) => state.wrongTags[k] === t),
    'the wrong tags are not the misread ones among the tags',
  );
  return broken;
}

function checkInvariants(state: SimState): void {
  expect(brokenInvariants(state)).toEqual([]);
}

describe('properties of any run', () => {
  const invariantsHold = fc.property(simSeed, commandLog, (seed, log) => {
    checkInvariants(play(seed, log));
  });

  it('plans every kind of command', () => {
    const kinds = new Set(fc.sample(command, { seed: FC_SEED, numRuns: 200 }).map((c) => c.type));
    expect([...kinds].sort()).toEqual(Object.keys(COMMAND_KINDS).sort());
  });

  it(`random command sequences never throw and keep every invariant (fast-check seed ${FC_SEED}, ${RUNS} runs)`, () => {
    fc.assert(invariantsHold, { seed: FC_SEED, numRuns: RUNS });
  });

  for (const { seed, why } of REGRESSION_SEEDS) {
    it(`regression: fast-check seed ${seed} (${why})`, () => {
      fc.assert(invariantsHold, { seed, numRuns: 1 });
    });
  }

  it(`the same seed and commands give the same run (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(simSeed, commandLog, (seed, log) => {
        expect(stateHash(play(seed, log))).toBe(stateHash(play(seed, log)));
      }),
      { seed: FC_SEED, numRuns: Math.max(1, Math.round(RUNS / 4)) },
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
