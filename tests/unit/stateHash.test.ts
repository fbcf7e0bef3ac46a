import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, type Command, cloneSim, type SimState, stateHash, step } from '../../src/sim';
import { playTo } from '../support/playTo';

const scenario = BUILT_IN_SCENARIOS.classroom;
const SEED = 4;
const DAY = 700;

/** The day's commands at DAY: the analysts' focus, a read, a right tag, a wrong one, then the day of action. */
function lastDay(s: SimState): Command[] {
  const evidence = s.feed.find((m) => m.incriminating && m.recipient >= 0);
  const noise = s.feed.find((m) => !m.incriminating);
  if (!evidence || !noise) throw new Error('the feed has no evidence or no noise by day 700');
  return [
    { type: 'focusAnalysts', syndicates: [0, 1] },
    { type: 'readMessage', message: noise.id },
    { type: 'tagEvidence', message: evidence.id, person: evidence.sender },
    { type: 'tagEvidence', message: noise.id, person: noise.sender },
    // A small syndicate named first, so the day of action dismantles it.
    {
      type: 'takedown',
      countries: [],
      officers: s.scenario.takedown.officers,
      syndicates: [smallestReached(s)],
    },
  ];
}

function smallestReached(s: SimState): number {
  const size = (x: number) => s.net.firstMember[x + 1] - s.net.firstMember[x];
  const reached = [...s.activeBySyndicate.keys()].filter((x) => s.activeBySyndicate[x] > 0);
  return reached.sort((a, b) => size(a) - size(b) || a - b)[0];
}

/** A run with something in every part of the state: events, threats, reads, tags, a takedown. */
function played(seed: number): SimState {
  const s = playTo(scenario, seed, DAY);
  step(s, lastDay(s));
  return s;
}

const base = played(SEED);
const baseHash = stateHash(base);

type Mutation = readonly [what: string, mutate: (s: SimState) => unknown];
type Loose = Record<string, unknown>;

/** A different value of the same kind (for the fields of events, messages, tags and the takedown). */
function changed(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'boolean') return !value;
  if (value === null) return 'open';
  if (Array.isArray(value)) return [...value, value.length];
  throw new Error(`no change for ${JSON.stringify(value)}`);
}

/** One mutation per field of `list[index]`, each replacing the element (clones share elements). */
function eachField(label: string, pick: (s: SimState) => unknown[], index: number): Mutation[] {
  const element = pick(base)[index] as Loose;
  return Object.keys(element).map((key) => [
    `${label}.${key}`,
    (s) => {
      const items = pick(s);
      const item = items[index] as Loose;
      items[index] = { ...item, [key]: changed(item[key]) };
    },
  ]);
}

/** For a list of records: each field of its first element, one more element, one fewer. */
function records(label: string, pick: (s: SimState) => unknown[]): Mutation[] {
  return [
    ...eachField(label, pick, 0),
    [`${label}: one more`, (s) => pick(s).push(pick(s)[0])],
    [`${label}: one fewer`, (s) => pick(s).pop()],
  ];
}

/** The first entry of a typed array (or of a stream's state) one up. */
function bump(label: string, pick: (s: SimState) => { [i: number]: number }): Mutation {
  return [
    label,
    (s) => {
      pick(s)[0] += 1;
    },
  ];
}

/** A number of the state one up. */
function up(
  key:
    | 'day'
    | 'holderCount'
    | 'activeHandsets'
    | 'messages'
    | 'messagesAnalysed'
    | 'supply'
    | 'leakDay'
    | 'warningDay'
    | 'leakDueDay'
    | 'readingHours'
    | 'raids',
): () => Mutation[] {
  return () => [
    [
      key,
      (s) => {
        s[key] += 1;
      },
    ],
  ];
}

function eventsOfEachKind(): Mutation[] {
  const kinds = [...new Set(base.events.map((e) => e.kind))];
  return [
    ...kinds.flatMap((kind) =>
      eachField(
        `events[${kind}]`,
        (s) => s.events,
        base.events.findIndex((e) => e.kind === kind),
      ),
    ),
    ['events: one more', (s) => s.events.push(s.events[0])],
    ['events: one fewer', (s) => s.events.pop()],
  ];
}

type Takedown = NonNullable<SimState['takedown']>;

function takedown(): Mutation[] {
  const result = base.takedown;
  if (result === null) throw new Error('the base run has no takedown');
  const keys = Object.keys(result).filter((key) => key !== 'seized');
  return [
    ...keys.map(
      (key): Mutation => [
        `takedown.${key}`,
        (s) => {
          const t = s.takedown as Takedown;
          s.takedown = { ...t, [key]: changed((t as unknown as Loose)[key]) };
        },
      ],
    ),
    ...Object.keys(result.seized).map(
      (key): Mutation => [
        `takedown.seized.${key}`,
        (s) => {
          const t = s.takedown as Takedown;
          s.takedown = { ...t, seized: { ...t.seized, [key]: changed((t.seized as unknown as Loose)[key]) } };
        },
      ],
    ),
    [
      'takedown: none',
      (s) => {
        s.takedown = null;
      },
    ],
  ];
}

/**
 * How each part of the state can change during a run (the type checker asks for every field of
 * SimState); `fixed` for the parts set once at the start, which the hash leaves out.
 */
const mutations: { [K in keyof SimState]: 'fixed' | (() => Mutation[]) } = {
  scenario: 'fixed',
  tables: 'fixed',
  seed: 'fixed',
  net: 'fixed',
  day: up('day'),
  rng: () =>
    Object.keys(base.rng).map((stream) =>
      bump(`rng.${stream}`, (s) => s.rng[stream as keyof SimState['rng']]),
    ),
  adoptedDay: () => [bump('adoptedDay', (s) => s.adoptedDay)],
  darkDay: () => [bump('darkDay', (s) => s.darkDay)],
  rumourDay: () => [bump('rumourDay', (s) => s.rumourDay)],
  arrestedDay: () => [bump('arrestedDay', (s) => s.arrestedDay)],
  pressure: () => [bump('pressure', (s) => s.pressure)],
  activeContacts: () => [bump('activeContacts', (s) => s.activeContacts)],
  holders: () => [bump('holders', (s) => s.holders)],
  holderCount: up('holderCount'),
  activeHandsets: up('activeHandsets'),
  activeBySyndicate: () => [bump('activeBySyndicate', (s) => s.activeBySyndicate)],
  syndicateReachedDay: () => [bump('syndicateReachedDay', (s) => s.syndicateReachedDay)],
  countryReachedDay: () => [bump('countryReachedDay', (s) => s.countryReachedDay)],
  incriminating: () => [bump('incriminating', (s) => s.incriminating)],
  evidence: () => [bump('evidence', (s) => s.evidence)],
  messagesRead: () => [bump('messagesRead', (s) => s.messagesRead)],
  messages: up('messages'),
  messagesAnalysed: up('messagesAnalysed'),
  analystFocus: () => [
    ['analystFocus: one more', (s) => s.analystFocus.push(0)],
    [
      'analystFocus: others',
      (s) => {
        s.analystFocus = s.analystFocus.map((x) => x + 1);
      },
    ],
  ],
  supply: up('supply'),
  heat: () => [
    [
      'heat',
      (s) => {
        s.heat += 1e-9;
      },
    ],
  ],
  leakDay: up('leakDay'),
  warningDay: up('warningDay'),
  leakDueDay: up('leakDueDay'),
  readingHours: up('readingHours'),
  events: eventsOfEachKind,
  threats: () => records('threats', (s) => s.threats),
  knownStash: () =>
    Object.keys(base.knownStash).map((key) =>
      bump(`knownStash.${key}`, (s) => s.knownStash[key as keyof SimState['knownStash']]),
    ),
  feed: () => records('feed', (s) => s.feed),
  readMessages: () => [
    ['readMessages: one more', (s) => s.readMessages.add(s.feed.findIndex((m) => !s.readMessages.has(m.id)))],
    ['readMessages: one fewer', (s) => s.readMessages.delete([...s.readMessages][0])],
  ],
  tags: () => records('tags', (s) => s.tags),
  wrongTags: () => records('wrongTags', (s) => s.wrongTags),
  wrongEvidence: () => [bump('wrongEvidence', (s) => s.wrongEvidence)],
  seized: () =>
    Object.keys(base.seized).map(
      (key): Mutation => [
        `seized.${key}`,
        (s) => {
          s.seized[key as keyof SimState['seized']] += 1;
        },
      ],
    ),
  raids: up('raids'),
  takedown,
  series: () =>
    Object.keys(base.series).map(
      (key): Mutation => [`series.${key}`, (s) => s.series[key as keyof SimState['series']].push(0)],
    ),
};

describe('stateHash', () => {
  it('runs on a state with something in every part', () => {
    expect(new Set(base.events.map((e) => e.kind))).toEqual(new Set(['shipment', 'laundering', 'weapons']));
    expect(base.threats.length).toBeGreaterThan(0);
    expect(base.readMessages.size).toBeGreaterThan(0);
    expect(base.tags.length).toBe(2);
    expect(base.wrongTags.length).toBe(1);
    expect(base.takedown?.arrested.length).toBeGreaterThan(0);
    expect(base.takedown?.dismantled.length).toBeGreaterThan(0);
    expect(base.analystFocus.length).toBeGreaterThan(0);
  });

  it('has a way to change every part of the state it is given', () => {
    expect(Object.keys(base).sort()).toEqual(Object.keys(mutations).sort());
  });

  for (const [field, how] of Object.entries(mutations)) {
    if (how === 'fixed') continue;
    it(`changes when ${field} changes`, () => {
      const unseen = how().flatMap(([what, mutate]) => {
        const copy = cloneSim(base);
        mutate(copy);
        return stateHash(copy) === baseHash ? [what] : [];
      });
      expect(unseen).toEqual([]);
      expect(stateHash(base), 'a mutation reached the original through the clone').toBe(baseHash);
    });
  }

  it('is the same for a clone, and for the same seed and commands played again', () => {
    expect(stateHash(cloneSim(base))).toBe(baseHash);
    expect(stateHash(played(SEED))).toBe(baseHash);
  });

  it('differs for another seed', () => {
    expect(stateHash(played(SEED + 1))).not.toBe(baseHash);
  });
});
