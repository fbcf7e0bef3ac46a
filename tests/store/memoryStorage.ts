import type { SaveStorage } from '../../src/store/gameSlice';

/** An in-memory stand-in for localStorage, with its items open to inspection. */
export function memoryStorage(): SaveStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
