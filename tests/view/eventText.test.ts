import { describe, expect, it } from 'vitest';
import { type SimEvent, seedCandidates } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import { eventLine } from '../../src/view/ui/play/eventText';

describe('activity log lines', () => {
  const store = createAppStore({ newSeed: () => 5 });
  store.getState().chooseScenario('workshop');
  store.getState().seedFirstContacts(seedCandidates(store.getState().game!.sim, 3));
  const sim = store.getState().game!.sim;

  it('words every kind of news in full, with no placeholder left unfilled', () => {
    const events: SimEvent[] = [
      { type: 'syndicate-reached', syndicate: 0 },
      { type: 'country-reached', country: 0 },
      { type: 'rival-platform-falls', label: 'A rival platform falls' },
      { type: 'handsets-supplied', count: 2 },
      { type: 'leak' },
      { type: 'authorisation-ended' },
      { type: 'raid', syndicate: 1, arrests: 4 },
      { type: 'takedown', arrests: 12 },
      {
        type: 'command-rejected',
        command: { type: 'raid', syndicate: 1 },
        rejection: { code: 'no-such-syndicate', syndicate: 1 },
      },
    ];
    for (const event of events) {
      const line = eventLine(sim, event);
      expect(line?.text, event.type).toMatch(/^\S.*[.]$/);
      expect(line?.text, event.type).not.toMatch(/[{}]/);
    }
  });

  it('leaves daily adoption out of the log', () => {
    expect(eventLine(sim, { type: 'adopted', people: [1, 2] })).toBeNull();
  });
});
