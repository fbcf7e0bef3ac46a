import { createStore } from 'zustand/vanilla';

/** The screens of the browser game. The scenario picker replaces 'coming-next' in a later issue. */
export type Screen = 'title' | 'coming-next';

export interface AppState {
  /** Which screen the DOM UI shows. */
  screen: Screen;
  /** The player pressed Start on the title screen. */
  start: () => void;
  /** Return to the title screen. */
  backToTitle: () => void;
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * The app's single store. It holds UI state now; the simulation state and the actions that turn
 * player input into sim commands join it later. It imports nothing from the view.
 */
export function createAppStore(initial: Partial<Pick<AppState, 'screen'>> = {}) {
  return createStore<AppState>()((set) => ({
    screen: initial.screen ?? 'title',
    start: () => set({ screen: 'coming-next' }),
    backToTitle: () => set({ screen: 'title' }),
  }));
}
