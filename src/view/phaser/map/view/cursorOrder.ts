import type { Arrangement } from '../layout/networkLayout';

/** The order N and P step through syndicates: west to east on the world map, then north to south. */
export function westToEast(geo: Arrangement): number[] {
  return Array.from({ length: geo.syndicateX.length }, (_, s) => s).sort(
    (a, b) => geo.syndicateX[a] - geo.syndicateX[b] || geo.syndicateY[a] - geo.syndicateY[b] || a - b,
  );
}

/** The syndicate after (direction 1) or before (−1) `cursor` in `order`, wrapping around. */
export function stepThrough(
  order: readonly number[],
  cursor: number | null,
  direction: 1 | -1,
): number | null {
  if (order.length === 0) return null;
  const at = cursor === null ? (direction === 1 ? -1 : 0) : order.indexOf(cursor);
  return order[(at + direction + order.length) % order.length];
}
