/**
 * Ties between syndicates, aggregated: one entry per pair of syndicates with at least one tie
 * between their members, and how many. The zoomed-out map draws these instead of 67k person ties.
 */
import type { Network } from '../../../../sim';

export interface SyndicateTies {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly count: Int32Array;
  readonly length: number;
}

export function syndicateTies(net: Network): SyndicateTies {
  const counts = new Map<number, number>();
  const S = net.syndicateCount;
  for (let u = 0; u < net.size; u++) {
    const su = net.syndicateOf[u];
    for (let k = net.offsets[u]; k < net.offsets[u + 1]; k++) {
      const v = net.neighbors[k];
      if (v <= u) continue;
      const sv = net.syndicateOf[v];
      if (sv === su) continue;
      const key = su < sv ? su * S + sv : sv * S + su;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const keys = [...counts.keys()].sort((x, y) => x - y);
  const a = new Int32Array(keys.length);
  const b = new Int32Array(keys.length);
  const count = new Int32Array(keys.length);
  keys.forEach((key, i) => {
    a[i] = Math.floor(key / S);
    b[i] = key % S;
    count[i] = counts.get(key) ?? 0;
  });
  return { a, b, count, length: keys.length };
}
