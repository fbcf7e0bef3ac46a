import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, CURRENT_SCENARIO_VERSION } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import {
  checkDraft,
  draftFromScenario,
  idFromName,
  renameDraft,
  withValue,
} from '../../src/store/editorDraft';
import { EDITOR_DRAFT_KEY } from '../../src/store/editorSlice';
import { memoryStorage } from './memoryStorage';

describe('the editor draft', () => {
  it('validates with the scenario schema, naming the path and a plain reason', () => {
    const draft = draftFromScenario(BUILT_IN_SCENARIOS.classroom);
    expect(checkDraft(draft).ok).toBe(true);
    const bad = withValue(withValue(draft, 'network.people', 'lots'), 'days.authorisationEnd', 5000);
    const check = checkDraft(bad);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toContainEqual({ path: 'network.people', reason: 'must be a number' });
    expect(check.issues.map((i) => i.path)).toContain('days.authorisationEnd');
  });

  it('makes ids from names and lets the id follow the name until it is chosen by hand', () => {
    expect(idFromName('Week 3: Ports & Cash!')).toBe('week-3-ports-cash');
    expect(idFromName('Équipe née')).toBe('equipe-nee');
    expect(idFromName('???')).toBe('scenario');
    expect(idFromName('x'.repeat(60))).toHaveLength(40);
    const draft = draftFromScenario(BUILT_IN_SCENARIOS.classroom);
    expect(renameDraft(draft, 'Our class').id).toBe('our-class');
    expect(renameDraft({ ...draft, id: 'mine' }, 'Our class').id).toBe('mine');
  });

  it('is kept in storage as it is edited and comes back after a reload', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    store.getState().editDraft('name', 'Week 3');
    store.getState().editDraft('network.people', 5000);
    const again = createAppStore({ storage }).getState();
    expect(again.editorDraft.name).toBe('Week 3');
    expect(again.editorDraft.id).toBe('week-3');
    expect((again.editorDraft.network as { people: number }).people).toBe(5000);
    expect(again.editorNotice).toBeNull();
  });

  it('keeps a draft that is still being fixed', () => {
    const storage = memoryStorage();
    createAppStore({ storage }).getState().editDraft('network.people', '12a');
    const again = createAppStore({ storage }).getState();
    expect((again.editorDraft.network as { people: unknown }).people).toBe('12a');
  });

  it('sets aside a corrupt stored draft with a notice, never a crash', () => {
    for (const stored of [
      '{not json',
      '[1,2]',
      '"text"',
      JSON.stringify({ version: 99 }),
      'x'.repeat(300_000),
    ]) {
      const storage = memoryStorage();
      storage.setItem(EDITOR_DRAFT_KEY, stored);
      const state = createAppStore({ storage }).getState();
      expect(state.editorNotice).toEqual({ kind: 'stored-draft-unreadable' });
      expect(checkDraft(state.editorDraft).ok).toBe(true);
      expect(state.editorDraft.version).toBe(CURRENT_SCENARIO_VERSION);
    }
  });

  it('starts again from a built-in scenario or a loaded file', () => {
    const store = createAppStore({ storage: memoryStorage() });
    store.getState().startDraftFrom('workshop');
    expect(store.getState().editorDraft.id).toBe('workshop');
    store.getState().loadDraft({ ...BUILT_IN_SCENARIOS.classroom, name: 'From a file' }, 1);
    expect(store.getState().editorNotice).toEqual({
      kind: 'loaded-file',
      name: 'From a file',
      migratedFrom: 1,
    });
  });

  it('plays a scenario from the editor: a new game, then its briefing', () => {
    const store = createAppStore({ storage: memoryStorage(), screen: 'editor' });
    store.getState().playScenario({ ...BUILT_IN_SCENARIOS.classroom, name: 'Edited', seed: 77 });
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().game?.scenario.name).toBe('Edited');
    expect(store.getState().game?.seed).toBe(77);
  });
});
