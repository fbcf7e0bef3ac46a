import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, seedCandidates, stateHash } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import type { SaveStorage } from '../../src/store/gameSlice';
import { SAVE_KEY, UNREADABLE_SAVE_KEY } from '../../src/store/savedGame';
import { memoryStorage } from './memoryStorage';

function playSomeDays(storage: SaveStorage) {
  const store = createAppStore({ storage });
  const { newGame } = store.getState();
  newGame(BUILT_IN_SCENARIOS.workshop, 5);
  const sim = store.getState().game!.sim;
  store.getState().act({ type: 'seed', people: seedCandidates(sim, 3) });
  for (let d = 0; d < 40; d++) store.getState().advanceDay();
  store.getState().act({ type: 'focusAnalysts', syndicates: [0] });
  return store;
}

describe('the game in the store', () => {
  it('saves after every change and resumes on the same day with the same state', () => {
    const storage = memoryStorage();
    const played = playSomeDays(storage).getState().game!;
    const resumed = createAppStore({ storage });
    expect(resumed.getState().resumeSaved()).toBe(true);
    const game = resumed.getState().game!;
    expect(game.figures).toEqual(played.figures);
    expect(stateHash(game.sim)).toBe(stateHash(played.sim));
  });

  it('records accepted commands under their day and leaves rejected ones out', () => {
    const store = createAppStore({ storage: null });
    store.getState().newGame(BUILT_IN_SCENARIOS.workshop, 5);
    const events = store.getState().act({ type: 'raid', syndicate: 9999 });
    expect(events[0]).toMatchObject({ type: 'command-rejected' });
    expect(store.getState().game!.commands).toEqual({});
    store.getState().act({ type: 'focusAnalysts', syndicates: [1] });
    expect(store.getState().game!.commands).toEqual({ 0: [{ type: 'focusAnalysts', syndicates: [1] }] });
  });

  it('pauses the clock when something needs the player', () => {
    const store = createAppStore({ storage: null });
    store.getState().newGame(BUILT_IN_SCENARIOS.workshop, 5);
    store.getState().act({ type: 'seed', people: seedCandidates(store.getState().game!.sim, 3) });
    store.getState().setSpeed(4);
    let paused = false;
    for (let d = 0; d < 1000 && !paused; d++) {
      const events = store.getState().advanceDay();
      paused = events.some(
        (e) => e.type === 'threat-detected' || e.type === 'leak' || e.type === 'authorisation-ended',
      );
      if (!paused) expect(store.getState().speed).toBe(4);
    }
    expect(paused).toBe(true);
    expect(store.getState().speed).toBe(0);
  });

  it('explains a corrupted save, keeps a copy of it, and never crashes', () => {
    for (const broken of [
      '{ not json',
      '{"format":1}',
      JSON.stringify({ format: 1, scenario: {}, seed: 1, day: 3, commands: {} }),
    ]) {
      const storage = memoryStorage();
      storage.setItem(SAVE_KEY, broken);
      const store = createAppStore({ storage });
      expect(store.getState().resumeSaved()).toBe(false);
      expect(store.getState().saveProblem).toMatch(/saved game/);
      expect(storage.items.get(UNREADABLE_SAVE_KEY)).toBe(broken);
      expect(store.getState().game).toBeNull();
    }
  });
});
