import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, seedCandidates, stateHash } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import type { SaveStorage } from '../../src/store/gameSlice';
import { SAVE_FORMAT, SAVE_KEY, type SaveProblem, UNREADABLE_SAVE_KEY } from '../../src/store/savedGame';
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

  it('explains a corrupted save by its code, keeps a copy of it, and never crashes', () => {
    const broken: [string, SaveProblem][] = [
      ['{ not json', { code: 'not-json' }],
      ['{"format":1}', { code: 'invalid-field', field: 'scenario' }],
      [
        JSON.stringify({ format: 1, scenario: {}, seed: 1, day: 3, commands: {} }),
        { code: 'invalid-scenario', detail: expect.stringMatching(/^version/) },
      ],
      ['[1, 2]', { code: 'unknown-format' }],
      ['{"format":"one","seed":1}', { code: 'unknown-format' }],
      [JSON.stringify({ format: SAVE_FORMAT + 1, anything: true }), { code: 'newer-format', format: 2 }],
    ];
    for (const [text, problem] of broken) {
      const storage = memoryStorage();
      storage.setItem(SAVE_KEY, text);
      const store = createAppStore({ storage });
      expect(store.getState().resumeSaved()).toBe(false);
      expect(store.getState().saveProblem).toEqual(problem);
      expect(storage.items.get(UNREADABLE_SAVE_KEY)).toBe(text);
      expect(store.getState().game).toBeNull();
    }
  });

  it('resumes a save written in the current format, as stored before formats could migrate', () => {
    const storage = memoryStorage();
    const played = playSomeDays(storage).getState().game!;
    const stored = JSON.parse(storage.getItem(SAVE_KEY)!);
    expect(Object.keys(stored).sort()).toEqual(['commands', 'day', 'format', 'scenario', 'seed']);
    expect(stored.format).toBe(1);
    const resumed = createAppStore({ storage });
    expect(resumed.getState().resumeSaved()).toBe(true);
    expect(stateHash(resumed.getState().game!.sim)).toBe(stateHash(played.sim));
  });
});
