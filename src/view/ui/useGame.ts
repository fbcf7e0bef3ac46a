import { useMemo } from 'preact/hooks';
import type { Game } from '../../store/gameSlice';
import { useAppStore } from './storeContext';

/** The game in progress. App shows the screens that call this only while there is one. */
export function useGame(): Game {
  const game = useAppStore((s) => s.game);
  if (game === null) throw new Error('view/ui: useGame needs a game in progress (App routes around it)');
  return game;
}

/**
 * Something derived from the game in progress, worked out again only when the game changes. The
 * store publishes a new `Game` after every change, so its identity is the one key a view caches on;
 * `deps` are the view's own inputs (the syndicate shown, the filters chosen).
 */
export function useGameMemo<T>(derive: (game: Game) => T, deps: readonly unknown[]): T {
  const game = useGame();
  return useMemo(() => derive(game), [game, ...deps]);
}
