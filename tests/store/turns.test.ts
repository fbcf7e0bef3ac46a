import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, isTurnStop, type Scenario, type SimEvent, seedCandidates } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import { PLAY_MODE_KEY } from '../../src/store/prefsSlice';
import { clockRuns, turnPlayable } from '../../src/store/selectors/clockGate';
import { memoryStorage } from './memoryStorage';

const ALERTS = new Set<SimEvent['type']>(['threat-detected', 'leak', 'authorisation-ended']);
const alerted = (events: readonly SimEvent[]) => events.some((e) => ALERTS.has(e.type));

function seeded(scenario: Scenario = BUILT_IN_SCENARIOS.workshop, storage = memoryStorage()) {
  const store = createAppStore({ storage, screen: 'play' });
  store.getState().newGame(scenario, 5);
  store.getState().act({ type: 'seed', people: seedCandidates(store.getState().game!.sim, 3) });
  return store;
}

/** Answers every open threat and notice, so the next turn can be played. */
function answerAlerts(store: ReturnType<typeof seeded>) {
  for (const threat of store.getState().game!.openThreats)
    store.getState().act({ type: 'respondThreat', threat, response: 'covert' });
  while (store.getState().game!.notices.length > 0) store.getState().dismissNotice();
}

describe('turn mode', () => {
  it('plays one day, or seven, unless an alert ends the turn on its day', () => {
    const store = seeded();
    store.getState().advanceTurn('day');
    expect(store.getState().game!.figures.day).toBe(1);
    let weeks = 0;
    let stopped = false;
    while (!stopped) {
      const before = store.getState().game!.figures.day;
      const events = store.getState().advanceTurn('week');
      const after = store.getState().game!.figures.day;
      stopped = alerted(events);
      if (stopped) expect(after - before).toBeLessThanOrEqual(7);
      else expect(after - before).toBe(7);
      weeks++;
      expect(weeks).toBeLessThan(200);
    }
    // The alert waits for the player: no turn is played until it is answered.
    const day = store.getState().game!.figures.day;
    expect(store.getState().advanceTurn('week')).toEqual([]);
    expect(store.getState().game!.figures.day).toBe(day);
    expect(store.getState().speed).toBe(0);
    answerAlerts(store);
    store.getState().advanceTurn('day');
    expect(store.getState().game!.figures.day).toBe(day + 1);
  });

  it('plays to the first day with an event and not past it, logging each event on its own day', () => {
    const store = seeded();
    const dayByDay = seeded();
    for (let turn = 0; turn < 15; turn++) {
      const start = store.getState().game!.figures.day;
      const seqBefore = store.getState().game!.log.at(-1)?.seq ?? -1;
      store.getState().advanceTurn('event');
      const end = store.getState().game!.figures.day;
      expect(end).toBeGreaterThan(start);
      // The same days played one at a time: only the last of them has an event.
      for (let day = start + 1; day <= end; day++) {
        const events = dayByDay.getState().advanceDay();
        expect(isTurnStop(events), `day ${day}`).toBe(day === end);
      }
      const logged = store.getState().game!.log.filter((entry) => entry.seq > seqBefore);
      expect(logged.filter((entry) => isTurnStop([entry.event])).every((entry) => entry.day === end)).toBe(
        true,
      );
      answerAlerts(store);
      answerAlerts(dayByDay);
    }
  });

  it('never plays past the last day', () => {
    const scenario: Scenario = {
      ...BUILT_IN_SCENARIOS.workshop,
      days: { max: 30, authorisationEnd: 30 },
    };
    const store = seeded(scenario);
    for (let turn = 0; turn < 40; turn++) {
      store.getState().advanceTurn(turn % 2 === 0 ? 'event' : 'week');
      answerAlerts(store);
      expect(store.getState().game!.figures.day).toBeLessThanOrEqual(30);
    }
    expect(store.getState().game!.figures).toMatchObject({ day: 30, over: true });
    expect(store.getState().advanceTurn('event')).toEqual([]);
    expect(store.getState().game!.figures.day).toBe(30);
  });

  it("starts in the teacher's mode or the player's last choice, which is remembered", () => {
    const storage = memoryStorage();
    const store = seeded(BUILT_IN_SCENARIOS.workshop, storage);
    expect(store.getState().playMode).toBe('clock');
    store.getState().setSpeed(1);
    store.getState().choosePlayMode('turns');
    expect(storage.items.get(PLAY_MODE_KEY)).toBe('turns');
    expect(store.getState()).toMatchObject({ playMode: 'turns', speed: 0 });
    // The clock stays still in turn mode, whatever speed is set.
    store.getState().setSpeed(2);
    expect(clockRuns(store.getState())).toBe(false);
    expect(turnPlayable(store.getState())).toBe(true);
    // The next game, in another visit, starts in turns too.
    expect(seeded(BUILT_IN_SCENARIOS.workshop, storage).getState().playMode).toBe('turns');
    // A scenario that asks for turns starts in them, even after the player chose the clock.
    store.getState().choosePlayMode('clock');
    expect(turnPlayable(store.getState())).toBe(false);
    const turns: Scenario = { ...BUILT_IN_SCENARIOS.workshop, play: { minutes: 5, mode: 'turns' } };
    expect(seeded(turns, storage).getState().playMode).toBe('turns');
    expect(seeded(BUILT_IN_SCENARIOS.workshop, storage).getState().playMode).toBe('clock');
  });
});
