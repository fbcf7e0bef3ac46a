import { isOver, type SimEvent } from '../sim';
import type { GameSlice } from './gameSlice';
import type { MapSlice } from './mapSlice';
import { type InboxFilters, NO_FILTERS } from './selectors/inbox';

export type { InboxFilters } from './selectors/inbox';

/** What the inbox's right-hand pane shows: the open intercept, or a syndicate's case file. */
export type InboxDetail = { kind: 'message' } | { kind: 'case'; syndicate: number };

/**
 * The intercepts inbox: whether it is open, the analyst's filters, the message under the keyboard
 * cursor and the one being read. Reading and tagging go through the game's `act`, so they are
 * saved and replayed like every other command.
 */
export interface InboxSlice {
  inboxOpen: boolean;
  inboxFilters: InboxFilters;
  /** The message the list's cursor is on (keyboard and pointer). */
  inboxCursor: number | null;
  /** The message shown in the reader. */
  inboxReading: number | null;
  inboxDetail: InboxDetail;
  setInboxOpen(open: boolean): void;
  setInboxFilters(patch: Partial<InboxFilters>): void;
  clearInboxFilters(): void;
  setInboxCursor(message: number | null): void;
  /** Show an intercept in the reader; it is read and analysed (once) while the operation runs. */
  readIntercept(message: number): SimEvent[];
  /** Tag an intercept as evidence against a person; the sim judges whether that was right. */
  tagIntercept(message: number, person: number): SimEvent[];
  showInboxCaseFile(syndicate: number): void;
  showInboxMessage(): void;
}

/** The inbox as a game starts: closed, everything shown, nothing open. */
export const INBOX_START = {
  inboxOpen: false,
  inboxFilters: NO_FILTERS,
  inboxCursor: null,
  inboxReading: null,
  inboxDetail: { kind: 'message' },
} satisfies Partial<InboxSlice>;

type State = InboxSlice & GameSlice & Pick<MapSlice, 'playSheet'>;

export function createInboxSlice(set: (partial: Partial<State>) => void, get: () => State): InboxSlice {
  return {
    ...INBOX_START,
    setInboxOpen: (open) => set(open ? { inboxOpen: true, playSheet: null } : { inboxOpen: false }),
    setInboxFilters: (patch) => set({ inboxFilters: { ...get().inboxFilters, ...patch } }),
    clearInboxFilters: () => set({ inboxFilters: NO_FILTERS }),
    setInboxCursor: (message) => set({ inboxCursor: message }),
    readIntercept(message) {
      const game = get().game;
      if (!game?.sim.feed[message]) return [];
      set({ inboxCursor: message, inboxReading: message, inboxDetail: { kind: 'message' } });
      if (game.sim.readMessages.has(message) || isOver(game.sim)) return [];
      return get().act({ type: 'readMessage', message });
    },
    tagIntercept(message, person) {
      if (!get().game) return [];
      return get().act({ type: 'tagEvidence', message, person });
    },
    showInboxCaseFile: (syndicate) => set({ inboxDetail: { kind: 'case', syndicate } }),
    showInboxMessage: () => set({ inboxDetail: { kind: 'message' } }),
  };
}

/** Keeps the inbox to one game: a new or resumed game starts with the inbox closed, unfiltered, nothing open. */
export function resetInboxOnNewGame(store: {
  subscribe(listener: (state: State, previous: State) => void): () => void;
  setState(partial: Partial<State>): void;
}): () => void {
  return store.subscribe((state, previous) => {
    if (state.game?.sim !== previous.game?.sim) store.setState(INBOX_START);
  });
}
