import { describe, expect, it } from 'vitest';
import { isTurnStop, type SimEvent } from '../../src/sim';

describe('what ends a turn played to the next event', () => {
  it('stops for alerts and the turns of the story, not for daily routine', () => {
    const stops: SimEvent[] = [
      { type: 'threat-detected', threat: 0 },
      { type: 'leak' },
      { type: 'authorisation-ended' },
      { type: 'syndicate-reached', syndicate: 3 },
      { type: 'country-reached', country: 1 },
      { type: 'rival-platform-falls', label: 'Phantom Secure' },
      { type: 'threat-resolved', threat: 0, outcome: 'killed' },
      { type: 'raid', syndicate: 3, arrests: 2 },
      { type: 'takedown', arrests: 10 },
    ];
    for (const event of stops) expect(isTurnStop([event]), event.type).toBe(true);
    const routine: SimEvent[] = [
      { type: 'adopted', people: [1, 2] },
      { type: 'handsets-supplied', count: 5 },
    ];
    expect(isTurnStop(routine)).toBe(false);
    expect(isTurnStop([])).toBe(false);
    expect(isTurnStop([...routine, { type: 'leak' }])).toBe(true);
  });
});
