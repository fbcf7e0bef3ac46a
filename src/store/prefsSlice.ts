import type { PlayMode, Scenario } from '../sim';
import type { SaveStorage, Speed } from './gameSlice';

export const MUTED_KEY = 'backchannel.muted';
export const LETTER_KEYS_KEY = 'backchannel.letterKeys';
export const PLAY_MODE_KEY = 'backchannel.playMode';

const rememberedPlayMode = (storage: SaveStorage | null): PlayMode =>
  storage?.getItem(PLAY_MODE_KEY) === 'turns' ? 'turns' : 'clock';

/**
 * The mode a game starts in: turns when the teacher's scenario asks for them (`play.mode`),
 * otherwise the player's last choice (the clock at first). The player can change it on the briefing.
 */
export function startingPlayMode(scenario: Pick<Scenario, 'play'>, storage: SaveStorage | null): PlayMode {
  return scenario.play.mode === 'turns' ? 'turns' : rememberedPlayMode(storage);
}

/** The player's own settings, remembered between visits apart from any game. */
export interface PrefsSlice {
  muted: boolean;
  toggleMuted(): void;
  /**
   * The play screen's one-key shortcuts (letters and numbers: S, A, T, I, K, M, H, 1, 2, 4; in
   * turns D, W, E). Speech input can set them off by accident, so players can switch them off
   * (WCAG 2.1.4); Space and the keys of a focused control (the map, the inbox list) stay.
   */
  letterKeys: boolean;
  toggleLetterKeys(): void;
  /** How this game's days pass: the clock, or turns the player plays (gameSlice advanceTurn). */
  playMode: PlayMode;
  /** Choose the mode, remembered for the next games; the clock stops either way. */
  choosePlayMode(mode: PlayMode): void;
}

export function createPrefsSlice(
  set: (partial: Partial<PrefsSlice> & { speed?: Speed }) => void,
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
    playMode: rememberedPlayMode(storage),
    choosePlayMode(playMode) {
      storage?.setItem(PLAY_MODE_KEY, playMode);
      set({ playMode, speed: 0 });
    },
  };
}
