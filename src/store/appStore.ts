import { createStore } from 'zustand/vanilla';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createFlowSlice, type FlowSlice, type Screen } from './flowSlice';
import { createGameSlice, type GameSlice, type SaveStorage } from './gameSlice';
import { createInboxSlice, type InboxSlice, resetInboxOnNewGame } from './inboxSlice';
import { createMapSlice, type MapSlice } from './mapSlice';
import { createPrefsSlice, type PrefsSlice } from './prefsSlice';
import { createPresenterSlice, endPresentationOffStage, type PresenterSlice } from './presenterSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import type { ScenarioLink } from './scenarioLink';

export type { Screen } from './flowSlice';

export type AppState = FlowSlice &
  GameSlice &
  MapSlice &
  PrefsSlice &
  InboxSlice &
  EditorSlice &
  PresenterSlice &
  ReviewSlice;
export type AppStore = ReturnType<typeof createAppStore>;

export interface AppStoreOptions {
  screen?: Screen;
  /** Where games and settings are saved (the page passes localStorage); null keeps nothing. */
  storage?: SaveStorage | null;
  /** The seed of each new game (the page draws one; tests fix it). */
  newSeed?: () => number;
  /** A scenario shared as a link (read from the page's address), or why it could not be read. */
  link?: ScenarioLink | null;
}

/**
 * The app's single store: UI state plus the game, whose actions turn player input into
 * simulation commands. It imports nothing from the view.
 */
export function createAppStore(options: AppStoreOptions = {}) {
  const storage = options.storage ?? null;
  const store = createStore<AppState>()((set, get) => ({
    ...createFlowSlice(
      set,
      get,
      options.newSeed ?? (() => 1),
      options.screen ?? 'title',
      options.link ?? null,
    ),
    ...createGameSlice(set, get, storage),
    ...createMapSlice(set),
    ...createPrefsSlice(set, get, storage),
    ...createInboxSlice(set, get),
    ...createEditorSlice(set, get, storage),
    ...createPresenterSlice(set, get),
    ...createReviewSlice(set),
  }));
  resetInboxOnNewGame(store);
  endPresentationOffStage(store);
  return store;
}
