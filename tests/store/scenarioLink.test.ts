import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, CURRENT_SCENARIO_VERSION, type Scenario } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import type { ChangesProblem } from '../../src/store/scenarioChanges';
import { readScenarioLink, scenarioLinkHash } from '../../src/store/scenarioLink';
import { weekThree } from '../support/weekThree';

const workshop = BUILT_IN_SCENARIOS.workshop;
const packed = (value: unknown) => `#scenario=${compressToEncodedURIComponent(JSON.stringify(value))}`;

describe('a scenario shared as a link', () => {
  it('round-trips through the page hash', () => {
    const custom = { ...workshop, id: 'our-class', name: 'Our class' };
    expect(readScenarioLink(scenarioLinkHash(custom))).toEqual({ ok: true, scenario: custom });
  });

  it('is written as the changes from a built-in scenario, short enough for a coarse QR code', () => {
    const custom: Scenario = { ...weekThree, messages: { categories: ['shipment', 'threat'] } };
    const hash = scenarioLinkHash(custom);
    expect(hash.length).toBeLessThan(400);
    expect(readScenarioLink(hash)).toEqual({ ok: true, scenario: custom });
    const whole = `#scenario=${compressToEncodedURIComponent(JSON.stringify(custom))}`;
    expect(whole.length).toBeGreaterThan(1000);
    // Links written whole (as earlier copies made them) still open.
    expect(readScenarioLink(whole)).toEqual({ ok: true, scenario: custom });
    for (const scenario of Object.values(BUILT_IN_SCENARIOS))
      expect(readScenarioLink(scenarioLinkHash(scenario))).toEqual({ ok: true, scenario });
  });

  it('made by an older copy, still opens when every version since only added fields', () => {
    const version = CURRENT_SCENARIO_VERSION;
    // Versions 4 and 5 only added fields (play.mode; the choices' costs): a version 3 link's
    // changes describe the same scenario today.
    const older = packed({ base: 'workshop', version: 3, changes: { name: 'Week three' } });
    expect(readScenarioLink(older)).toEqual({ ok: true, scenario: { ...workshop, name: 'Week three' } });
    expect(version).toBe(5);
    // Version 3 gave old files the old clock's pace, which today's built-ins do not have: refused.
    const tooOld = packed({ base: 'workshop', version: 2, changes: {} });
    expect(readScenarioLink(tooOld)).toEqual({
      ok: false,
      problem: { code: 'not-buildable', problem: { code: 'other-version', version: '2' } },
    });
  });

  it('is ignored when the hash holds none', () => {
    expect(readScenarioLink('')).toBeNull();
    expect(readScenarioLink('#map')).toBeNull();
  });

  it('names what is wrong with every broken link, with its values, and never throws', () => {
    const invalid = (detail: RegExp) => ({ code: 'invalid-scenario', detail: expect.stringMatching(detail) });
    const notBuildable = (problem: ChangesProblem) => ({ code: 'not-buildable', problem });
    const version = CURRENT_SCENARIO_VERSION;
    const cases: [string, unknown][] = [
      ['#scenario=', { code: 'empty' }],
      ['#scenario=<script>', { code: 'unexpected-characters' }],
      ['#scenario=abc', { code: 'does-not-unpack' }],
      [`#scenario=${'A'.repeat(30_000)}`, { code: 'too-long' }],
      [`#scenario=${compressToEncodedURIComponent('{ nope')}`, { code: 'not-json' }],
      [
        packed({ ...workshop, network: { ...workshop.network, people: -5 } }),
        invalid(/^network\.people: must be at least 100$/),
      ],
      [packed({ ...workshop, version: version + 1 }), invalid(/newer Backchannel/)],
      [packed([1, 2, 3]), invalid(/must be a scenario object/)],
      [
        packed({ base: 'nowhere', version, changes: {} }),
        notBuildable({ code: 'unknown-base', base: 'nowhere' }),
      ],
      [
        packed({ base: '__proto__', version, changes: {} }),
        notBuildable({ code: 'unknown-base', base: '__proto__' }),
      ],
      [
        packed({ base: 'workshop', version: version + 1, changes: {} }),
        notBuildable({ code: 'newer-version', version: version + 1, current: version }),
      ],
      [
        packed({ base: 'workshop', version: 'two', changes: {} }),
        notBuildable({ code: 'other-version', version: 'two' }),
      ],
      [packed({ base: 'workshop', version, changes: 7 }), notBuildable({ code: 'not-values' })],
      [
        packed({ base: 'workshop', version, changes: { '__proto__.x': 1 } }),
        notBuildable({ code: 'no-such-value', path: '__proto__.x' }),
      ],
      [
        packed({ base: 'workshop', version, changes: { 'network.people': 'many' } }),
        invalid(/^network\.people: must be a number/),
      ],
      [
        packed({ base: 'workshop', version, changes: { 'network.colour': 'red' } }),
        invalid(/unknown field "colour"/),
      ],
      [
        packed({
          base: 'workshop',
          version,
          changes: Object.fromEntries(Array.from({ length: 401 }, (_, i) => [`x${i}`, i])),
        }),
        notBuildable({ code: 'too-many', most: 400 }),
      ],
    ];
    for (const [hash, problem] of cases)
      expect(readScenarioLink(hash), hash.slice(0, 40)).toEqual({ ok: false, problem });
  });

  it('is offered by the store and starts a game of that scenario', () => {
    const custom = { ...workshop, id: 'our-class', name: 'Our class' };
    const store = createAppStore({ storage: null, link: readScenarioLink(scenarioLinkHash(custom)) });
    expect(store.getState().linkedScenario?.name).toBe('Our class');
    store.getState().chooseLinkedScenario();
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().game?.scenario.id).toBe('our-class');
  });
});
