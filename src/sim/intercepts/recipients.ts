import { isActive, type SimState } from '../model/state';
import { nextInt, type RngState } from '../random/rng';

/**
 * Whom a sender writes to: a tie who is on the platform today, preferring the sender's
 * own syndicate when `sameSyndicate` is set (deals are discussed with co-conspirators).
 * Falls back to any tie who ever held a handset, then to −1.
 */
export function pickRecipient(
  state: SimState,
  sender: number,
  sameSyndicate: boolean,
  rng: RngState,
): number {
  const { net } = state;
  const { offsets, neighbors, syndicateOf } = net;
  const start = offsets[sender];
  const end = offsets[sender + 1];
  const wanted = (q: number, strict: boolean) =>
    isActive(state, q) && (!strict || syndicateOf[q] === syndicateOf[sender]);
  for (const strict of sameSyndicate ? [true, false] : [false]) {
    let count = 0;
    for (let k = start; k < end; k++) if (wanted(neighbors[k], strict)) count++;
    if (count === 0) continue;
    let chosen = nextInt(rng, count);
    for (let k = start; k < end; k++) {
      if (!wanted(neighbors[k], strict)) continue;
      if (chosen-- === 0) return neighbors[k];
    }
  }
  for (let k = start; k < end; k++) if (state.adoptedDay[neighbors[k]] >= 0) return neighbors[k];
  return -1;
}
