import { addressSeed } from '../store/addressSeed';
import type { SaveStorage } from '../store/gameSlice';

/**
 * The page's localStorage, or null where the browser refuses it (some private modes). A full
 * storage is reported, not thrown: the game goes on, unsaved, rather than stopping mid-action.
 */
export function pageStorage(): SaveStorage | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return null;
  }
  return {
    getItem: (key) => storage.getItem(key),
    removeItem: (key) => storage.removeItem(key),
    setItem: (key, value) => {
      try {
        storage.setItem(key, value);
      } catch (error) {
        console.error('pageStorage: the game could not be saved', error);
      }
    },
  };
}

/**
 * The seed of each new game: `?seed=N` in the address (a class can all play the same network),
 * otherwise a fresh one from the browser's random source.
 */
export function seedSource(search: string): () => number {
  const asked = addressSeed(search);
  if (asked !== null) return () => asked;
  return () => crypto.getRandomValues(new Uint32Array(1))[0];
}
