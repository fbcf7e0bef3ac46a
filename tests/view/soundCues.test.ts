import { describe, expect, it } from 'vitest';
import { type SimEvent, seedCandidates } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import { cueFor, playCuesFromStore } from '../../src/view/audio/cuesFromStore';
import type { Cue } from '../../src/view/audio/soundCues';

describe('sound cues', () => {
  it('sounds alerts, new countries and the takedown, and nothing else', () => {
    const cases: [SimEvent, Cue | null][] = [
      [{ type: 'threat-detected', threat: 0 }, 'alert'],
      [{ type: 'leak' }, 'alert'],
      [{ type: 'authorisation-ended' }, 'alert'],
      [{ type: 'country-reached', country: 1 }, 'country'],
      [{ type: 'takedown', arrests: 3 }, 'takedown'],
      [{ type: 'adopted', people: [1] }, null],
      [{ type: 'syndicate-reached', syndicate: 2 }, null],
    ];
    for (const [event, cue] of cases) expect(cueFor(event)).toBe(cue);
  });

  it('plays the news of each day once, and nothing when muted', () => {
    const store = createAppStore({ newSeed: () => 5 });
    store.getState().chooseScenario('workshop');
    store.getState().seedFirstContacts(seedCandidates(store.getState().game!.sim, 3));
    const played: Cue[] = [];
    playCuesFromStore(store, (cue) => played.push(cue));
    let countries = 0;
    for (let d = 0; d < 300; d++) {
      const events = store.getState().advanceDay();
      if (events.some((e) => e.type === 'country-reached') && !events.some((e) => cueFor(e) === 'alert'))
        countries++;
    }
    expect(played.filter((c) => c === 'country').length).toBe(countries);
    expect(countries).toBeGreaterThan(0);
    store.getState().toggleMuted();
    const before = played.length;
    for (let d = 0; d < 300; d++) store.getState().advanceDay();
    expect(played.length).toBe(before);
  });
});
