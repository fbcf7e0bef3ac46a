import { createStore } from 'zustand/vanilla';
import { createFlowSlice, type FlowSlice, type Screen } from './flowSlice';
import { createGameSlice, type GameSlice, type SaveStorage } from './gameSlice';
import { createInboxSlice, type InboxSlice, resetInboxOnNewGame } from './inboxSlice';
import { createMapSlice, type MapSlice } from './mapSlice';
import { createPrefsSlice, type PrefsSlice } from './prefsSlice';

export type { PlayDialog, Screen } from './flowSlice';

export type AppState = FlowSlice & GameSlice & MapSlice & PrefsSlice & InboxSlice;
export type AppStore = ReturnType<typeof createAppStore>;

export interface AppStoreOptions {
  screen?: Screen;
  /** Where games and settings are saved (the page passes localStorage); null keeps nothing. */
  storage?: SaveStorage | null;
  /** The seed of each new game (the page draws one; tests fix it). */
  newSeed?: () => number;
}

/**
 * The app's single store: UI state plus the game, whose actions turn player input into
 * simulation commands. It imports nothing from the view.
 */
export function createAppStore(options: AppStoreOptions = {}) {
  const storage = options.storage ?? null;
  const store = createStore<AppState>()((set, get) => ({
    ...createFlowSlice(set, get, options.newSeed ?? (() => 1), options.screen ?? 'title'),
    ...createGameSlice(set, get, storage),
    ...createMapSlice(set),
    ...createPrefsSlice(set, get, storage),
    ...createInboxSlice(set, get),
  }));
  resetInboxOnNewGame(store);
  return store;
}
