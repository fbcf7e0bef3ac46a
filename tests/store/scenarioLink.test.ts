import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, CURRENT_SCENARIO_VERSION, type Scenario } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
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

  it('is ignored when the hash holds none', () => {
    expect(readScenarioLink('')).toBeNull();
    expect(readScenarioLink('#map')).toBeNull();
  });

  it('explains every broken link in plain words and never throws', () => {
    const cases: [string, RegExp][] = [
      ['#scenario=', /holds no scenario/],
      ['#scenario=<script>', /unexpected characters/],
      ['#scenario=abc', /does not unpack|not valid JSON/],
      [`#scenario=${'A'.repeat(30_000)}`, /too long/],
      [`#scenario=${compressToEncodedURIComponent('{ nope')}`, /not valid JSON/],
      [
        packed({ ...workshop, network: { ...workshop.network, people: -5 } }),
        /network\.people: must be at least 100/,
      ],
      [packed({ ...workshop, version: CURRENT_SCENARIO_VERSION + 1 }), /newer Backchannel/],
      [packed([1, 2, 3]), /must be a scenario object/],
      [packed({ base: 'nowhere', version: CURRENT_SCENARIO_VERSION, changes: {} }), /unknown scenario/],
      [packed({ base: '__proto__', version: CURRENT_SCENARIO_VERSION, changes: {} }), /unknown scenario/],
      [packed({ base: 'workshop', version: CURRENT_SCENARIO_VERSION + 1, changes: {} }), /newer Backchannel/],
      [packed({ base: 'workshop', version: CURRENT_SCENARIO_VERSION, changes: 7 }), /not a list of values/],
      [
        packed({ base: 'workshop', version: CURRENT_SCENARIO_VERSION, changes: { '__proto__.x': 1 } }),
        /does not exist/,
      ],
      [
        packed({
          base: 'workshop',
          version: CURRENT_SCENARIO_VERSION,
          changes: { 'network.people': 'many' },
        }),
        /network\.people: must be a number/,
      ],
      [
        packed({ base: 'workshop', version: CURRENT_SCENARIO_VERSION, changes: { 'network.colour': 'red' } }),
        /unknown field "colour"/,
      ],
      [
        packed({
          base: 'workshop',
          version: CURRENT_SCENARIO_VERSION,
          changes: Object.fromEntries(Array.from({ length: 401 }, (_, i) => [`x${i}`, i])),
        }),
        /more than 400 changes/,
      ],
    ];
    for (const [hash, reason] of cases) {
      const link = readScenarioLink(hash);
      expect(link?.ok, hash.slice(0, 40)).toBe(false);
      if (link && !link.ok) expect(link.reason).toMatch(reason);
    }
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
