import { MESSAGE_CATEGORIES, type MessageCategory, type SimState } from '../../sim';
import { foldText, searchHaystack } from './inboxText';
import { type SyndicateLabel, syndicateLabel } from './names';

/** What the analyst narrows the inbox to. null means "any". */
export interface InboxFilters {
  /** Keywords; a message matches when its text (or a handle or name in it) holds every word. */
  readonly query: string;
  readonly syndicate: number | null;
  /** Index into the network's countries (the sender's country). */
  readonly country: number | null;
  readonly category: MessageCategory | null;
  readonly flaggedOnly: boolean;
  readonly unreadOnly: boolean;
}

export const NO_FILTERS: InboxFilters = {
  query: '',
  syndicate: null,
  country: null,
  category: null,
  flaggedOnly: false,
  unreadOnly: false,
};

/**
 * A keyword search returns at most this many messages, like the analysts' real tools: it keeps a
 * search fast over millions of messages and tells the analyst to narrow it instead of scrolling.
 */
export const SEARCH_LIMIT = 200;

/** Feed order as the inbox lists it: flagged first, newest first within each; kept per game and grown as the feed grows. */
interface OrderCache {
  seen: number;
  readonly flagged: number[];
  readonly other: number[];
  order: Int32Array;
}

const orders = new WeakMap<SimState, OrderCache>();

export function inboxOrder(sim: SimState): Int32Array {
  let cache = orders.get(sim);
  if (cache === undefined) {
    cache = { seen: 0, flagged: [], other: [], order: new Int32Array(0) };
    orders.set(sim, cache);
  }
  const { feed } = sim;
  if (cache.seen === feed.length) return cache.order;
  for (let i = cache.seen; i < feed.length; i++) (feed[i].flagged ? cache.flagged : cache.other).push(i);
  cache.seen = feed.length;
  const order = new Int32Array(feed.length);
  let k = 0;
  for (let i = cache.flagged.length - 1; i >= 0; i--) order[k++] = cache.flagged[i];
  for (let i = cache.other.length - 1; i >= 0; i--) order[k++] = cache.other[i];
  cache.order = order;
  return order;
}

export interface InboxResult {
  /** Matching message ids in inbox order. */
  readonly ids: Int32Array;
  /** A keyword search stopped at SEARCH_LIMIT: there may be more matches. */
  readonly capped: boolean;
  readonly searched: boolean;
}

/** The words of a query, folded the way haystacks are. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .map((w) => w.replace(/^@/, ''))
    .filter((w) => w.length > 0);
}

/**
 * The inbox under the analyst's filters. The cheap filters (syndicate, country, category, flags)
 * run first over the whole feed; only the survivors are searched, rendering their text on demand
 * (and once: see inboxText.ts), and a search stops at SEARCH_LIMIT matches.
 */
export function filterInbox(sim: SimState, filters: InboxFilters): InboxResult {
  const order = inboxOrder(sim);
  const words = queryWords(filters.query);
  const { feed, readMessages } = sim;
  const { syndicateOf, countryOf } = sim.net;
  const plain =
    filters.syndicate === null &&
    filters.country === null &&
    filters.category === null &&
    !filters.flaggedOnly &&
    !filters.unreadOnly;
  if (plain && words.length === 0) return { ids: order, capped: false, searched: false };
  const limit = words.length > 0 ? SEARCH_LIMIT : order.length;
  const ids = new Int32Array(Math.min(limit, order.length));
  let count = 0;
  let capped = false;
  for (let k = 0; k < order.length; k++) {
    const id = order[k];
    const m = feed[id];
    if (filters.flaggedOnly && !m.flagged) continue;
    if (filters.category !== null && m.category !== filters.category) continue;
    if (filters.syndicate !== null && syndicateOf[m.sender] !== filters.syndicate) continue;
    if (filters.country !== null && countryOf[m.sender] !== filters.country) continue;
    if (filters.unreadOnly && readMessages.has(id)) continue;
    if (words.length > 0) {
      const haystack = searchHaystack(sim, id);
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    if (count === limit) {
      capped = true;
      break;
    }
    ids[count++] = id;
  }
  return { ids: ids.subarray(0, count), capped, searched: words.length > 0 };
}

export interface CategoryCount {
  readonly total: number;
  readonly unread: number;
}

export interface InboxCounts {
  readonly total: number;
  readonly unread: number;
  readonly flagged: number;
  readonly unreadFlagged: number;
  readonly byCategory: Readonly<Record<MessageCategory, CategoryCount>>;
}

/** Message and unread counts for the inbox header, the filter menus and the toggle's badge. */
export function inboxCounts(sim: SimState): InboxCounts {
  const byCategory = Object.fromEntries(
    MESSAGE_CATEGORIES.map((c) => [c, { total: 0, unread: 0 }]),
  ) as Record<MessageCategory, { total: number; unread: number }>;
  let unread = 0;
  let flagged = 0;
  let unreadFlagged = 0;
  for (const m of sim.feed) {
    const isUnread = !sim.readMessages.has(m.id);
    const c = byCategory[m.category];
    c.total++;
    if (isUnread) {
      c.unread++;
      unread++;
    }
    if (m.flagged) {
      flagged++;
      if (isUnread) unreadFlagged++;
    }
  }
  return { total: sim.feed.length, unread, flagged, unreadFlagged, byCategory };
}

export interface InboxFacets {
  /** Syndicates whose members wrote something in the feed, by number. */
  readonly syndicates: readonly (SyndicateLabel & { readonly messages: number })[];
  /** Countries senders wrote from, by ISO code (the view names and orders them). */
  readonly countries: readonly {
    readonly country: number;
    readonly iso2: string;
    readonly messages: number;
  }[];
}

/** The choices of the syndicate and country filters: only those the feed holds, with their message counts. */
export function inboxFacets(sim: SimState): InboxFacets {
  const { net } = sim;
  const bySyndicate = new Map<number, number>();
  const byCountry = new Map<number, number>();
  for (const m of sim.feed) {
    const s = net.syndicateOf[m.sender];
    const c = net.countryOf[m.sender];
    bySyndicate.set(s, (bySyndicate.get(s) ?? 0) + 1);
    byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
  }
  return {
    syndicates: [...bySyndicate]
      .sort((a, b) => a[0] - b[0])
      .map(([s, messages]) => ({ ...syndicateLabel(net, s), messages })),
    countries: [...byCountry]
      .sort((a, b) => a[0] - b[0])
      .map(([country, messages]) => ({ country, iso2: net.countries[country].iso2, messages })),
  };
}

/** The intercept that carries a threat to kill, or null when analysts have not read it (yet). */
export function threatMessage(sim: SimState, threat: number): number | null {
  const { feed } = sim;
  for (let i = feed.length - 1; i >= 0; i--)
    if (feed[i].category === 'threat' && feed[i].event === threat) return i;
  return null;
}
