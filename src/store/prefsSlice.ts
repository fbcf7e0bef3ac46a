import type { SaveStorage } from './gameSlice';

export const MUTED_KEY = 'backchannel.muted';

/** The player's own settings, remembered between visits apart from any game. */
export interface PrefsSlice {
  muted: boolean;
  toggleMuted(): void;
}

export function createPrefsSlice(
  set: (partial: Partial<PrefsSlice>) => void,
  get: () => PrefsSlice,
  storage: SaveStorage | null,
): PrefsSlice {
  return {
    muted: storage?.getItem(MUTED_KEY) === '1',
    toggleMuted() {
      const muted = !get().muted;
      storage?.setItem(MUTED_KEY, muted ? '1' : '0');
      set({ muted });
    },
  };
}
