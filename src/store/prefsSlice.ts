import type { SaveStorage } from './gameSlice';

export const MUTED_KEY = 'backchannel.muted';
export const LETTER_KEYS_KEY = 'backchannel.letterKeys';

/** The player's own settings, remembered between visits apart from any game. */
export interface PrefsSlice {
  muted: boolean;
  toggleMuted(): void;
  /**
   * The play screen's one-key shortcuts (letters and numbers: S, A, T, I, K, M, 1, 2, 4). Speech
   * input can set them off by accident, so players can switch them off (WCAG 2.1.4); Space and the
   * keys of a focused control (the map, the inbox list) stay.
   */
  letterKeys: boolean;
  toggleLetterKeys(): void;
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
    letterKeys: storage?.getItem(LETTER_KEYS_KEY) !== '0',
    toggleLetterKeys() {
      const letterKeys = !get().letterKeys;
      storage?.setItem(LETTER_KEYS_KEY, letterKeys ? '1' : '0');
      set({ letterKeys });
    },
  };
}
