import type { SimState } from '../model/state';

/** A week: the span over which rumours read are counted, for the player and the careful policy alike. */
export const RUMOUR_WEEK_DAYS = 7;

/**
 * Rumours that the phone is police which the task force has read, among those sent in the last
 * `days` days. A rumour nobody reads warns nobody, so only read ones count.
 */
export function rumoursRead(state: SimState, days: number): number {
  let count = 0;
  for (let i = state.feed.length - 1; i >= 0; i--) {
    const m = state.feed[i];
    if (m.day < state.day - days) break;
    if (m.category === 'rumour' && state.readMessages.has(m.id)) count++;
  }
  return count;
}
