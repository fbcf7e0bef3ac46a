import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, seedCandidates } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import { teacherPageFromHash } from '../../src/store/flowSlice';
import { SAVE_KEY, UNREADABLE_SAVE_KEY } from '../../src/store/savedGame';
import { memoryStorage } from './memoryStorage';

/** A workshop game seeded with the informant's two best contacts, on the play screen. */
function playing(storage = memoryStorage()) {
  const store = createAppStore({ storage, newSeed: () => 5 });
  const s = store.getState();
  s.start();
  s.chooseScenario('workshop');
  s.beginSeeding();
  s.seedFirstContacts(seedCandidates(store.getState().game!.sim, 2));
  return { store, storage };
}

describe('appStore: the flow from title to debrief', () => {
  it('starts on the title screen, or on a given one', () => {
    expect(createAppStore().getState().screen).toBe('title');
    expect(createAppStore({ screen: 'scenarios' }).getState().screen).toBe('scenarios');
  });

  it('goes title → scenarios → briefing → seeding → play, with the seed it was given', () => {
    const store = createAppStore({ newSeed: () => 77 });
    const seen: string[] = [];
    store.subscribe((state, before) => {
      if (state.screen !== before.screen) seen.push(state.screen);
    });
    store.getState().start();
    store.getState().chooseScenario('workshop');
    expect(store.getState().game?.seed).toBe(77);
    expect(store.getState().game?.scenario.id).toBe('workshop');
    store.getState().beginSeeding();
    store.getState().seedFirstContacts(seedCandidates(store.getState().game!.sim, 1));
    expect(seen).toEqual(['scenarios', 'briefing', 'seeding', 'play']);
    expect(store.getState().speed).toBe(0);
  });

  it("opens the teachers' pages from the title or from an address such as #guide", () => {
    expect(
      ['#guide', '#editor', '#review', '#presenter', '#scenario=x', '#', ''].map(teacherPageFromHash),
    ).toEqual(['guide', 'editor', 'review', 'presenter', null, null, null]);
    const store = createAppStore();
    store.getState().openTeacherPage('review');
    expect(store.getState().screen).toBe('review');
    store.getState().backToTitle();
    expect(store.getState().screen).toBe('title');
  });

  it("plays a scenario's fixed class seed instead of a new one", () => {
    const scenario = { ...BUILT_IN_SCENARIOS.workshop, id: 'week-3', seed: 4242 };
    const store = createAppStore({ newSeed: () => 77, link: { ok: true, scenario } });
    store.getState().chooseLinkedScenario();
    expect(store.getState().game?.seed).toBe(4242);
  });

  it('stays on seeding when the hand-out is rejected (nobody chosen, or more than the stock)', () => {
    const store = createAppStore({ newSeed: () => 5 });
    store.getState().chooseScenario('workshop');
    store.getState().beginSeeding();
    const tooMany = seedCandidates(store.getState().game!.sim, 12);
    for (const people of [[], tooMany]) {
      const events = store.getState().seedFirstContacts(people);
      expect(events.some((e) => e.type === 'command-rejected')).toBe(true);
      expect(store.getState().screen).toBe('seeding');
    }
    expect(store.getState().game!.commands).toEqual({});
  });

  it('rejects a command a save could not hold, so every save stays resumable', () => {
    const { store, storage } = playing();
    const events = store
      .getState()
      .act({ type: 'focusAnalysts', syndicates: Array.from({ length: 60 }, (_, i) => i) });
    expect(events[0]).toMatchObject({ type: 'command-rejected' });
    const resumed = createAppStore({ storage });
    expect(resumed.getState().resumeGame()).toBe(true);
  });

  it('plans the takedown with the clock stopped, and launches it into the debrief', () => {
    const { store } = playing();
    store.getState().setSpeed(4);
    store.getState().planTakedown();
    expect(store.getState()).toMatchObject({ screen: 'takedown', speed: 0 });
    store.getState().backToPlay();
    expect(store.getState().screen).toBe('play');
    store.getState().planTakedown();
    const officers = store.getState().game!.scenario.takedown.officers;
    const refused = store.getState().launchTakedown({ countries: ['AU'], officers: officers + 1 });
    expect(refused[0]).toMatchObject({ type: 'command-rejected' });
    expect(store.getState().screen).toBe('takedown');
    store.getState().launchTakedown({ countries: ['AU'], officers, priority: 'evidence' });
    expect(store.getState().screen).toBe('debrief');
    expect(store.getState().game!.sim.takedown).not.toBeNull();
  });

  it('leaves a game for the title with the save kept, and resumes it on the screen its state calls for', () => {
    const { store, storage } = playing();
    for (let d = 0; d < 10; d++) store.getState().advanceDay();
    store.getState().leaveGame();
    expect(store.getState()).toMatchObject({ screen: 'title', game: null });
    expect(store.getState().savedGameInfo()).toEqual({ scenarioName: 'Workshop demo', day: 10 });
    expect(store.getState().resumeGame()).toBe(true);
    expect(store.getState().screen).toBe('play');
    expect(store.getState().game!.figures.day).toBe(10);
    expect(storage.items.has(SAVE_KEY)).toBe(true);
  });

  it('resumes an unseeded game on seeding and a finished one on the debrief', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage, newSeed: () => 5 });
    store.getState().chooseScenario('workshop');
    expect(createAppStore({ storage }).getState().resumeGame()).toBe(true);
    const again = createAppStore({ storage });
    again.getState().resumeGame();
    expect(again.getState().screen).toBe('seeding');

    const { store: played, storage: playedStorage } = playing();
    played.getState().launchTakedown({ countries: ['AU'], officers: 720 });
    const resumed = createAppStore({ storage: playedStorage });
    resumed.getState().resumeGame();
    expect(resumed.getState().screen).toBe('debrief');
  });

  it('explains an unreadable save, keeps a copy, and starts afresh on request', () => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, '{"format":1,"scenario":{}}');
    const store = createAppStore({ storage });
    expect(store.getState().resumeGame()).toBe(false);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().saveProblem).toEqual({ code: 'invalid-field', field: 'seed' });
    expect(store.getState().savedGameInfo()).toBeNull();
    store.getState().startAfresh();
    expect(store.getState()).toMatchObject({ screen: 'scenarios', saveProblem: null });
    expect(storage.items.has(SAVE_KEY)).toBe(false);
    expect(storage.items.get(UNREADABLE_SAVE_KEY)).toBe('{"format":1,"scenario":{}}');
  });

  it('opens and closes one play dialog at a time', () => {
    const { store } = playing();
    store.getState().openDialog({ kind: 'raid', syndicate: 3 });
    expect(store.getState().dialog).toEqual({ kind: 'raid', syndicate: 3 });
    store.getState().openDialog({ kind: 'seed' });
    expect(store.getState().dialog).toEqual({ kind: 'seed' });
    store.getState().closeDialog();
    expect(store.getState().dialog).toBeNull();
  });

  it('shows the debrief of a run that reached its last day', () => {
    const { store } = playing();
    store.getState().showDebrief();
    expect(store.getState().screen).toBe('debrief');
  });
});

describe('appStore: settings', () => {
  it('remembers the mute choice between visits', () => {
    const storage = memoryStorage();
    const first = createAppStore({ storage });
    expect(first.getState().muted).toBe(false);
    first.getState().toggleMuted();
    expect(first.getState().muted).toBe(true);
    expect(createAppStore({ storage }).getState().muted).toBe(true);
    first.getState().toggleMuted();
    expect(createAppStore({ storage }).getState().muted).toBe(false);
  });

  it('remembers whether the one-key shortcuts are on (on at first)', () => {
    const storage = memoryStorage();
    const first = createAppStore({ storage });
    expect(first.getState().letterKeys).toBe(true);
    first.getState().toggleLetterKeys();
    expect(createAppStore({ storage }).getState().letterKeys).toBe(false);
    first.getState().toggleLetterKeys();
    expect(createAppStore({ storage }).getState().letterKeys).toBe(true);
  });
});
