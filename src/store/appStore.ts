import { createStore } from 'zustand/vanilla';
import { createGameSlice, type GameSlice, type SaveStorage } from './gameSlice';
import { createMapSlice, type MapSlice } from './mapSlice';

/** The screens of the browser game. The scenario picker replaces 'coming-next' in a later issue. */
export type Screen = 'title' | 'coming-next';

export interface UiSlice {
  /** Which screen the DOM UI shows. */
  screen: Screen;
  /** The player pressed Start on the title screen. */
  start: () => void;
  /** Return to the title screen. */
  backToTitle: () => void;
}

export type AppState = UiSlice & GameSlice & MapSlice;
export type AppStore = ReturnType<typeof createAppStore>;

export interface AppStoreOptions {
  screen?: Screen;
  /** Where games are saved (the page passes localStorage); null keeps nothing. */
  storage?: SaveStorage | null;
}

/**
 * The app's single store: UI state plus the game, whose actions turn player input into
 * simulation commands. It imports nothing from the view.
 */
export function createAppStore(options: AppStoreOptions = {}) {
  return createStore<AppState>()((set, get) => ({
    screen: options.screen ?? 'title',
    start: () => set({ screen: 'coming-next' }),
    backToTitle: () => set({ screen: 'title' }),
    ...createGameSlice(set, get, options.storage ?? null),
    ...createMapSlice(set),
  }));
}
