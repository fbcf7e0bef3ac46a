import { type RenderedMessage, renderMessage, type SimState } from '../../sim';

/**
 * Intercept texts rendered for this session, per game: renderMessage is cheap (~10–25 µs) but the
 * inbox asks for the same few rows on every scroll and search, so each message is rendered at most
 * once. Keyed by the game's state object, so a new or resumed game starts with an empty cache.
 */
interface TextCache {
  readonly rendered: Map<number, RenderedMessage>;
  /** Lower-case, accent-free text plus both handles and names: what a keyword search looks through. */
  readonly haystacks: Map<number, string>;
}

const caches = new WeakMap<SimState, TextCache>();

function cacheFor(sim: SimState): TextCache {
  let cache = caches.get(sim);
  if (cache === undefined) {
    cache = { rendered: new Map(), haystacks: new Map() };
    caches.set(sim, cache);
  }
  return cache;
}

/** The rendered intercept, from the cache when it has been rendered before. */
export function interceptText(sim: SimState, id: number): RenderedMessage {
  const { rendered } = cacheFor(sim);
  let message = rendered.get(id);
  if (message === undefined) {
    message = renderMessage(sim, id);
    rendered.set(id, message);
  }
  return message;
}

/** How many intercepts this game has rendered so far (for tests of laziness). */
export function renderedCount(sim: SimState): number {
  return cacheFor(sim).rendered.size;
}

/** Folds case and accents away, so "markovic" finds "Marković" on a classroom keyboard. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What a search for `id` looks through: its text, and the handles and names of sender and recipient. */
export function searchHaystack(sim: SimState, id: number): string {
  const { haystacks } = cacheFor(sim);
  let haystack = haystacks.get(id);
  if (haystack === undefined) {
    const { text, facts } = interceptText(sim, id);
    const people = [facts.sender, facts.recipient]
      .filter((p) => p !== null)
      .map((p) => `${p.handle} @${p.handle} ${p.name}`);
    haystack = foldText(`${text}\n${people.join('\n')}`);
    haystacks.set(id, haystack);
  }
  return haystack;
}
