import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  cloneSim,
  type FeedMessage,
  MESSAGE_CATEGORIES,
  type MessageCategory,
  POLICIES,
  personName,
  renderMessage,
  runPolicy,
  type SimState,
  stateHash,
} from '../../src/sim';
import { languageOf } from '../../src/sim/data/languages';
import { playTo } from '../support/playTo';

const FC_SEED = 4242;
const classroom = playTo(BUILT_IN_SCENARIOS.classroom, 2, 700);
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Words a classroom text must never contain; the analyst note may say "threat to kill", the message may not. */
const GRAPHIC = /\b(kill|killed|murder|shoot|shot|stab|blood|bullet|dead|die|corpse|torture)\b/i;

function body(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('Analyst note'))
    .join('\n');
}

/** What makes a threat real: a time, a place or a weapon. Bluster names none of them, and no city either. */
const PLAN = ['deadline', 'venue', 'weapon'];

function expectFactsInText(state: SimState, id: number): void {
  const { text, facts, named } = renderMessage(state, id);
  const event = facts.event;
  const where = `message ${id}: ${text}`;
  expect(text, where).not.toMatch(/[#{}]/);
  expect(body(text), where).not.toMatch(GRAPHIC);
  if (!event) return;
  switch (event.kind) {
    case 'shipment':
      expect(text, where).toMatch(new RegExp(`\\b${event.kg}\\b`));
      expect(text, where).toContain(event.port);
      break;
    case 'money': {
      const forms = [`£${thousands(event.amountGBP)}`, `${event.amountGBP / 1000}k`];
      expect(
        forms.some((f) => text.includes(f)),
        where,
      ).toBe(true);
      break;
    }
    case 'weapons':
      expect(text, where).toMatch(new RegExp(`\\b${event.count}\\b`));
      break;
    case 'threat':
      expect(text, where).toContain(event.targetName);
      expect(text, where).toContain(event.deadlineDate);
      expect(body(text), where).toContain(event.targetGiven);
      expect(event.real, where).toBe(state.threats[state.feed[id].event].real);
      if (event.real)
        expect(
          PLAN.some((slot) => named.includes(slot)),
          where,
        ).toBe(true);
      else
        expect(
          named.filter((slot) => [...PLAN, 'city'].includes(slot)),
          where,
        ).toEqual([]);
      if (named.includes('venue')) expect(text, where).toContain(event.venue);
      if (named.includes('weapon')) expect(text, where).toContain(event.weapon);
      break;
    case 'meeting':
      break;
  }
}

describe('message text', () => {
  it('is the same for the same seed and message, in another run and in a clone', () => {
    const again = playTo(BUILT_IN_SCENARIOS.classroom, 2, 700);
    const clone = cloneSim(classroom);
    for (let id = 0; id < classroom.feed.length; id += 37) {
      const a = renderMessage(classroom, id);
      expect(renderMessage(again, id)).toEqual(a);
      expect(renderMessage(clone, id)).toEqual(a);
    }
  });

  it('differs between messages: varied wording, not one template', () => {
    const texts = new Set(classroom.feed.slice(0, 400).map((m) => renderMessage(classroom, m.id).text));
    expect(texts.size).toBeGreaterThan(300);
  });

  it('leaves the state and its hash untouched', () => {
    const before = stateHash(classroom);
    const rng = JSON.stringify(classroom.rng);
    for (const m of classroom.feed) renderMessage(classroom, m.id);
    expect(stateHash(classroom)).toBe(before);
    expect(JSON.stringify(classroom.rng)).toBe(rng);
  });

  it('states the facts first: handles, syndicate, country, day and the event', () => {
    const m = classroom.feed.find((x) => x.category === 'shipment') as FeedMessage;
    const { facts } = renderMessage(classroom, m.id);
    const net = classroom.net;
    expect(facts.sender.handle).toBe(personName(net, m.sender).handle);
    expect(facts.recipient?.handle).toBe(personName(net, m.recipient).handle);
    expect(facts.syndicate).toBe(net.syndicateOf[m.sender]);
    expect(facts.country).toBe(net.countries[net.countryOf[m.sender]].name);
    expect(facts.day).toBe(m.day);
    expect(facts.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const event = classroom.events[m.event];
    expect(event.kind).toBe('shipment');
    expect(facts.event?.kind).toBe('shipment');
    if (event.kind === 'shipment' && facts.event?.kind === 'shipment') {
      expect(facts.event.arrivalDay).toBe(event.arrivalDay);
      expect(facts.event.kg).toBe(event.kg);
      expect(facts.event.drug).toBe(event.drug);
      expect(facts.event.toCountry).toBe(net.countries[event.toCountry].name);
      expect(facts.event.arrivalDate).toMatch(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
  });

  it('can be read back: kg and port, amount, count, target and deadline appear in every event message', () => {
    let checked = 0;
    for (const m of classroom.feed) {
      if (m.event < 0) continue;
      expectFactsInText(classroom, m.id);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it(`keeps facts readable for any message (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: classroom.feed.length - 1 }), (id) => {
        expectFactsInText(classroom, id);
        expect(renderMessage(classroom, id)).toEqual(renderMessage(classroom, id));
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });
});

describe('threats to kill: the text is the evidence', () => {
  // Many threats, so both kinds and every template come up.
  const workshop = BUILT_IN_SCENARIOS.workshop;
  const threatening = {
    ...workshop,
    activity: { ...workshop.activity, threatsPerDeviceDay: 2e-3 },
  };
  const state = runPolicy(threatening, 3, POLICIES['never-intervene']({})).state;
  const threats = state.feed.filter((m) => m.category === 'threat');

  it('names a time, a place or a weapon in every real threat, and none of them (nor a city) in bluster', () => {
    const kinds = { real: 0, bluster: 0 };
    for (const m of threats) {
      const { facts, named } = renderMessage(state, m.id);
      if (facts.event?.kind !== 'threat') throw new Error(`message ${m.id} has no threat facts`);
      expectFactsInText(state, m.id);
      kinds[facts.event.real ? 'real' : 'bluster']++;
      expect(named.includes('target')).toBe(true);
    }
    expect(kinds.real).toBeGreaterThan(100);
    expect(kinds.bluster).toBeGreaterThan(100);
  });

  it('gives a real threat a place and a weapon to name, and bluster neither', () => {
    for (const m of threats) {
      const { facts } = renderMessage(state, m.id);
      if (facts.event?.kind !== 'threat') continue;
      const { real, venue, weapon } = facts.event;
      expect(venue !== null && weapon !== null).toBe(real);
    }
  });
});

describe('every category in every language', () => {
  const full = runPolicy(BUILT_IN_SCENARIOS['full-scale'], 1, POLICIES.historical({})).state;
  const net = full.net;

  /** A message of `category` from `sender`, borrowing the facts of an event of that kind from the run. */
  function synthetic(state: SimState, category: MessageCategory, sender: number): number {
    const kinds = { shipment: 'shipment', money: 'laundering', weapons: 'weapons' } as const;
    const event =
      category === 'threat'
        ? state.threats.findIndex((t) => t.detected)
        : category === 'meeting' || category === 'noise' || category === 'rumour'
          ? -1
          : state.events.findIndex((e) => e.kind === kinds[category]);
    const id = state.feed.length;
    state.feed.push({
      id,
      day: 500,
      sender,
      recipient: net.neighbors[net.offsets[sender]],
      category,
      event,
      flagged: true,
      incriminating: category !== 'noise',
      implicatesRecipient: false,
      language: net.countries[net.countryOf[sender]].language,
    });
    return id;
  }

  it('renders all categories for a sender from every country of the full-scale network', () => {
    const state = cloneSim(full);
    const groups = new Set<string>();
    for (let c = 0; c < net.countries.length; c++) {
      const sender = net.countryOf.indexOf(c);
      if (sender < 0) continue;
      const country = net.countries[c];
      groups.add(country.language);
      for (const category of MESSAGE_CATEGORIES) {
        const id = synthetic(state, category, sender);
        const { text, translatedFrom, facts } = renderMessage(state, id);
        const where = `${category} from ${country.name}: ${text}`;
        expect(text.length, where).toBeGreaterThan(10);
        expect(translatedFrom, where).toBe(country.language === 'en' ? null : languageOf(country));
        expect(facts.category).toBe(category);
        expectFactsInText(state, id);
      }
    }
    expect(groups.size).toBeGreaterThanOrEqual(20);
  });

  it('also renders the plain (innocent) meetings and singular weapon counts', () => {
    const state = cloneSim(full);
    const deal = state.events.findIndex((e) => e.kind === 'weapons' && e.count === 1);
    const meeting = state.feed.find((m) => m.category === 'meeting' && !m.incriminating) as FeedMessage;
    expect(renderMessage(state, meeting.id).text).not.toMatch(/[#{}]/);
    if (deal >= 0) {
      const m = state.feed.find((x) => x.category === 'weapons' && x.event === deal);
      if (m) expect(renderMessage(state, m.id).text).not.toMatch(/\b1 \w+s\b/);
    }
  });
});
