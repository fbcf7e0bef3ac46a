import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  CURRENT_SCENARIO_VERSION,
  parseScenario,
  parseScenarioText,
} from '../../src/sim';

const classroom = BUILT_IN_SCENARIOS.classroom;
// biome-ignore lint/suspicious/noExplicitAny: tests break scenarios in arbitrary ways on purpose
type Loose = any;
const clone = (): Loose => structuredClone(classroom);

function errorsOf(input: unknown): string[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.errors;
}

describe('scenarios', () => {
  it('every shipped scenario file parses at the current version', () => {
    const files = readdirSync('assets/scenarios').filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['classroom.json', 'full-scale.json', 'workshop.json']);
    for (const file of files) {
      const result = parseScenarioText(readFileSync(`assets/scenarios/${file}`, 'utf8'));
      expect(result.ok, file).toBe(true);
      if (result.ok) expect(result.scenario.version).toBe(CURRENT_SCENARIO_VERSION);
    }
  });

  it('migrates a version 1 file, where the days were top-level numbers', () => {
    const { days, ...rest } = clone();
    const v1 = { ...rest, version: 1, days: days.max, authorisationEndDay: days.authorisationEnd };
    const result = parseScenario(v1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (result.ok) expect(result.scenario).toEqual(classroom);
  });

  it('migrates a version 2 file: the old clock pace, every kind of message, a seed per game', () => {
    const {
      play: _play,
      messages: _messages,
      seed: _seed,
      ...rest
    } = structuredClone(BUILT_IN_SCENARIOS.workshop) as Loose;
    const result = parseScenario({ ...rest, version: 2 });
    expect(result).toMatchObject({ ok: true, migratedFrom: 2 });
    if (result.ok)
      expect(result.scenario).toEqual({
        ...BUILT_IN_SCENARIOS.workshop,
        play: { minutes: 11, mode: 'clock' },
        messages: { categories: ['shipment', 'money', 'weapons', 'threat', 'meeting', 'noise', 'rumour'] },
        seed: null,
      });
  });

  it('migrates a version 3 file: games start on the clock', () => {
    const v3 = clone();
    v3.version = 3;
    v3.play = { minutes: 11 };
    const result = parseScenario(v3);
    expect(result).toMatchObject({ ok: true, migratedFrom: 3 });
    if (result.ok) expect(result.scenario).toEqual(classroom);
    const broken = { ...clone(), version: 3, play: 'soon' };
    expect(errorsOf(broken)).toEqual([expect.stringMatching(/^play: /)]);
  });

  it('checks the play mode', () => {
    const turns = clone();
    turns.play.mode = 'turns';
    expect(parseScenario(turns).ok).toBe(true);
    const bad = clone();
    bad.play.mode = 'rounds';
    expect(errorsOf(bad)).toEqual([expect.stringMatching(/^play\.mode: /)]);
  });

  it('checks the play length, the kinds of message and the class seed', () => {
    const s = clone();
    s.play.minutes = 1;
    s.messages.categories = ['threat', 'threat', 'gossip'];
    s.seed = -4;
    const errors = errorsOf(s);
    expect(errors).toContain('play.minutes: must be at least 5');
    expect(errors.some((e) => e.startsWith('messages.categories.2: '))).toBe(true);
    expect(errors).toContain('seed: must be at least 0');
    const zeroKg = clone();
    zeroKg.activity.shipmentKgMedian = 0;
    expect(errorsOf(zeroKg)).toContain('activity.shipmentKgMedian: must be more than 0');
    const none = clone();
    none.messages.categories = [];
    expect(errorsOf(none)).toEqual(['messages.categories: is too short (at least 1)']);
    const twice = clone();
    twice.messages.categories = ['threat', 'threat'];
    expect(errorsOf(twice)).toEqual(['messages.categories: must not name a kind of message twice']);
  });

  it('refuses a file from a newer version, saying so', () => {
    expect(errorsOf({ ...clone(), version: 99 })[0]).toMatch(
      /^version: this scenario was made for a newer Backchannel \(version 99\)/,
    );
  });

  it('names the path of a bad field and a plain reason', () => {
    const s = clone();
    s.network.people = 99_999;
    expect(errorsOf(s)).toEqual(['network.people: must be at most 40000']);
  });

  it('reports wrong types, missing and unknown fields in plain words', () => {
    const s = clone();
    s.spread.beta = 'fast';
    delete s.name;
    s.colour = 'red';
    const errors = errorsOf(s);
    expect(errors).toContain('spread.beta: must be a number');
    expect(errors).toContain('name: is missing (expected text)');
    expect(errors).toContain('(the whole file): has unknown field "colour"');
  });

  it('checks fields against each other', () => {
    const s = clone();
    s.days.authorisationEnd = s.days.max + 1;
    s.network.syndicateSize.min = 700;
    const errors = errorsOf(s);
    expect(errors).toContain(`days.authorisationEnd: must not be after the last day (${s.days.max})`);
    expect(errors).toContain('network.syndicateSize.min: must not be larger than max');
  });

  it('rejects text that is not JSON, and JSON that is not a scenario', () => {
    // The JSON engine's own message ("Unexpected token …", in the engine's language) is not for a person.
    expect(parseScenarioText('{ not json')).toEqual({
      ok: false,
      errors: ['(the whole file): is not valid JSON'],
    });
    expect(parseScenarioText('[1, 2]')).toMatchObject({
      ok: false,
      errors: ['(the whole file): must be a scenario object { … }'],
    });
    expect(parseScenarioText('{"name": "x"}')).toMatchObject({
      ok: false,
      errors: ['version: is missing or not a whole number'],
    });
  });
});
