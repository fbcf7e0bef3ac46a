import { useEffect, useRef } from 'preact/hooks';
import { useGame } from '../useGame';
import { useAnnounce } from './announce';
import { eventLine } from './eventText';

/**
 * Announce each new activity-log entry once, except routine ones (entries from before the screen
 * opened stay quiet too), so a fast clock does not bury the news that matters.
 */
export function useLogAnnouncements(): void {
  const game = useGame();
  const announce = useAnnounce();
  const lastSeen = useRef(game.log.at(-1)?.seq ?? -1);
  useEffect(() => {
    for (const entry of game.log) {
      if (entry.seq <= lastSeen.current) continue;
      const line = eventLine(game.sim, entry.event);
      if (line && !line.quiet) announce(line.text);
    }
    lastSeen.current = game.log.at(-1)?.seq ?? lastSeen.current;
  }, [game, announce]);
}
