import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, createSim, POLICIES, runPolicy, type SimState, step } from '../../src/sim';
import { everydaySampleSize } from '../../src/sim/intercepts/feedDay';
import { areTied } from '../../src/sim/network/network';
import { createRng, RNG_STREAMS } from '../../src/sim/random/rng';
import { playTo } from '../support/playTo';

const workshop = BUILT_IN_SCENARIOS.workshop;
const classroom = BUILT_IN_SCENARIOS.classroom;
const EVENT_CATEGORY = { shipment: 'shipment', laundering: 'money', weapons: 'weapons' } as const;

describe('the intercept feed', () => {
  const state = playTo(classroom, 5, 500);

  it('carries one flagged message for every detected event and threat, on its day, from its sender', () => {
    const byEvent = new Map<string, number>();
    for (const m of state.feed) if (m.event >= 0) byEvent.set(`${m.category}:${m.event}`, m.id);
    let detected = 0;
    for (const e of state.events) {
      const id = byEvent.get(`${EVENT_CATEGORY[e.kind]}:${e.id}`);
      if (!e.detected) {
        expect(id, `undetected event ${e.id}`).toBeUndefined();
        continue;
      }
      detected++;
      expect(id, `detected event ${e.id}`).toBeDefined();
      const m = state.feed[id as number];
      expect(m).toMatchObject({ day: e.day, sender: e.sender, flagged: true, incriminating: true });
    }
    for (const t of state.threats) {
      const id = byEvent.get(`threat:${t.id}`);
      expect(id !== undefined, `threat ${t.id}`).toBe(t.detected);
      if (id !== undefined)
        expect(state.feed[id]).toMatchObject({ day: t.day, sender: t.sender, flagged: true });
    }
    expect(detected).toBeGreaterThan(10);
    expect(state.feed.filter((m) => m.event >= 0)).toHaveLength(byEvent.size);
  });

  it('numbers messages by position and sends each to a tie of the sender who holds a handset', () => {
    state.feed.forEach((m, i) => {
      expect(m.id).toBe(i);
      expect(m.recipient).toBeGreaterThanOrEqual(0);
      expect(areTied(state.net, m.sender, m.recipient), `message ${i}`).toBe(true);
      expect(state.adoptedDay[m.recipient]).toBeGreaterThanOrEqual(0);
      expect(state.adoptedDay[m.recipient]).toBeLessThanOrEqual(m.day);
      expect(m.language).toBe(state.net.countries[state.net.countryOf[m.sender]].language);
      if (m.implicatesRecipient) {
        expect(m.incriminating).toBe(true);
        expect(state.net.syndicateOf[m.recipient]).toBe(state.net.syndicateOf[m.sender]);
      }
    });
  });

  it('samples a bounded number of everyday messages a day, mostly innocent, some flagged', () => {
    const perDay = new Map<number, number>();
    const isEveryday = (m: (typeof state.feed)[number]) => m.category === 'meeting' || m.category === 'noise';
    for (const m of state.feed) if (isEveryday(m)) perDay.set(m.day, (perDay.get(m.day) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(25);
    const everyday = state.feed.filter(isEveryday);
    const incriminating = everyday.filter((m) => m.incriminating).length / everyday.length;
    expect(incriminating).toBeGreaterThan(0.02);
    expect(incriminating).toBeLessThan(0.3);
    expect(everyday.some((m) => m.flagged && !m.incriminating)).toBe(true);
    expect(state.feed.filter((m) => m.event < 0).every((m) => isEveryday(m) || m.category === 'rumour')).toBe(
      true,
    );
    expect(everydaySampleSize(0, 9.4)).toBe(0);
    expect(everydaySampleSize(10, 9.4)).toBe(9);
    expect(everydaySampleSize(50_000, 9.4)).toBe(25);
  });

  it('flags more of a syndicate the analysts focus on', () => {
    const big = [...state.activeBySyndicate.keys()].sort(
      (a, b) => state.activeBySyndicate[b] - state.activeBySyndicate[a],
    )[1];
    const share = (s: SimState) => {
      const mine = s.feed.filter(
        (m) => m.day >= 500 && s.net.syndicateOf[m.sender] === big && m.event < 0 && m.category !== 'rumour',
      );
      return { count: mine.length, flagged: mine.filter((m) => m.flagged).length / Math.max(1, mine.length) };
    };
    // Analysts stretched thin, as a large platform leaves them: focus then reads more of a syndicate.
    const stretched = { ...classroom, activity: { ...classroom.activity, analystCapacity: 3000 } };
    const plain = playTo(stretched, 5, 600);
    const focused = playTo(stretched, 5, 600, { 500: [{ type: 'focusAnalysts', syndicates: [big] }] });
    expect(share(focused).count).toBeGreaterThan(share(plain).count);
    expect(share(focused).flagged).toBeGreaterThan(share(plain).flagged);
  });

  it('draws only from its own stream: scrambling it changes the feed and nothing else', () => {
    const a = createSim(workshop, 3);
    const b = createSim(workshop, 3);
    const policy = POLICIES.historical({ takedownDay: Number.MAX_SAFE_INTEGER, reading: 'none' });
    for (let d = 0; d < 300; d++) {
      b.rng.feed = createRng(1000 + d, 'scrambled');
      step(a, policy.decide(a, []));
      step(b, policy.decide(b, []));
    }
    for (const stream of RNG_STREAMS)
      if (stream !== 'feed') expect(b.rng[stream], stream).toEqual(a.rng[stream]);
    expect(b.adoptedDay).toEqual(a.adoptedDay);
    expect(b.evidence).toEqual(a.evidence);
    expect(b.events).toEqual(a.events);
    expect(b.feed).not.toEqual(a.feed);
  });

  it('shows only the kinds of message the scenario names; the model and the other messages are unchanged', () => {
    const shown = ['threat', 'shipment'] as const;
    const narrow = { ...classroom, messages: { categories: [...shown] } };
    const all = state;
    const some = playTo(narrow, 5, 500);
    expect(new Set(some.feed.map((m) => m.category))).toEqual(new Set(shown));
    const strip = ({ id: _id, ...m }: (typeof all.feed)[number]) => m;
    expect(some.feed.map(strip)).toEqual(
      all.feed.filter((m) => (shown as readonly string[]).includes(m.category)).map(strip),
    );
    expect(some.feed.every((m, i) => m.id === i)).toBe(true);
    expect(some.adoptedDay).toEqual(all.adoptedDay);
    expect(some.evidence).toEqual(all.evidence);
    expect(some.threats).toEqual(all.threats);
  });

  it('stays within ~30,000 records over a full-scale run', () => {
    const full = runPolicy(BUILT_IN_SCENARIOS['full-scale'], 1, POLICIES.historical({})).state;
    expect(full.day).toBeGreaterThan(900);
    expect(full.feed.length).toBeGreaterThan(10_000);
    expect(full.feed.length).toBeLessThanOrEqual(30_000);
  });
});
