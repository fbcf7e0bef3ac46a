import type { Game } from '../../store/gameSlice';
import { useAppStore } from './storeContext';

/** The game in progress. App shows the screens that call this only while there is one. */
export function useGame(): Game {
  const game = useAppStore((s) => s.game);
  if (game === null) throw new Error('view/ui: useGame needs a game in progress (App routes around it)');
  return game;
}
