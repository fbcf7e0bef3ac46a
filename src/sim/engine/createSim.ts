import { roleTable } from '../model/roles';
import type { SimState } from '../model/state';
import { generateNetwork } from '../network/generateNetwork';
import { createStreams } from '../random/rng';
import { isValidSeed, MAX_SEED } from '../random/seed';
import type { Scenario } from '../scenario/schema';
import { giveHandset } from '../spread/holders';

/** A new operation on day 0: the network exists and the informant holds the first handset. */
export function createSim(scenario: Scenario, seed: number): SimState {
  if (!isValidSeed(seed))
    throw new RangeError(`createSim: seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  const net = generateNetwork(scenario.network, seed);
  const n = net.size;
  const syndicates = net.syndicateCount;
  const filled = (length: number) => new Int32Array(length).fill(-1);
  const state: SimState = {
    scenario,
    seed,
    net,
    tables: {
      susceptibility: roleTable(scenario.spread.susceptibility),
      incriminatingShare: roleTable(scenario.activity.incriminatingShare),
      roleValue: roleTable(scenario.takedown.roleValue),
      plainSpeech: roleTable(scenario.activity.plainSpeech),
      latinAmerica: net.countries.flatMap((c, i) => (c.region === 'Latin America' ? [i] : [])),
    },
    day: 0,
    rng: createStreams(seed),
    adoptedDay: filled(n),
    darkDay: filled(n),
    rumourDay: filled(n),
    arrestedDay: filled(n),
    pressure: new Float64Array(n),
    activeContacts: new Uint16Array(n),
    holders: new Int32Array(n),
    holderCount: 0,
    activeHandsets: 0,
    activeBySyndicate: new Int32Array(syndicates),
    syndicateReachedDay: filled(syndicates),
    countryReachedDay: filled(net.countries.length),
    incriminating: new Float32Array(n),
    evidence: new Float32Array(n),
    messagesRead: new Float32Array(n),
    messages: 0,
    messagesAnalysed: 0,
    analystFocus: [],
    supply: scenario.spread.firstContacts,
    heat: 0,
    warningDay: -1,
    leakDueDay: -1,
    leakDay: -1,
    readingHours: scenario.activity.readingHoursPerDay,
    events: [],
    threats: [],
    knownStash: {
      cocaineKg: new Float64Array(syndicates),
      otherDrugsKg: new Float64Array(syndicates),
      guns: new Float64Array(syndicates),
      cashGBP: new Float64Array(syndicates),
    },
    feed: [],
    readMessages: new Set(),
    tags: [],
    wrongTags: [],
    wrongEvidence: new Float32Array(n),
    seized: { cocaineKg: 0, otherDrugsKg: 0, guns: 0, cashGBP: 0 },
    raids: 0,
    takedown: null,
    series: { handsets: [], heat: [], messages: [] },
  };
  giveHandset(state, net.informant);
  return state;
}
