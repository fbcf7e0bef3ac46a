import type { SimEvent } from '../../sim';
import type { AppStore } from '../../store/appStore';
import type { Cue } from './soundCues';

/** Which cue an event calls for, if any. */
export function cueFor(event: SimEvent): Cue | null {
  switch (event.type) {
    case 'threat-detected':
    case 'leak':
    case 'authorisation-ended':
      return 'alert';
    case 'country-reached':
      return 'country';
    case 'takedown':
      return 'takedown';
    default:
      return null;
  }
}

const priority: Record<Cue, number> = { country: 0, alert: 1, takedown: 2 };

/**
 * Plays a cue when the game logs an event that has one (the most important of a day's events
 * only, so a fast clock does not stack sounds), unless the player has muted the game.
 */
export function playCuesFromStore(store: AppStore, play: (cue: Cue) => void): () => void {
  return store.subscribe((state, previous) => {
    const log = state.game?.log;
    if (!log || state.muted || log === previous.game?.log) return;
    const seen = previous.game?.log.at(-1)?.seq ?? -1;
    // A new or resumed game starts a new log: nothing in it is news.
    if (previous.game?.sim !== state.game?.sim) return;
    let best: Cue | null = null;
    for (let i = log.length - 1; i >= 0 && log[i].seq > seen; i--) {
      const cue = cueFor(log[i].event);
      if (cue && (best === null || priority[cue] > priority[best])) best = cue;
    }
    if (best) play(best);
  });
}
