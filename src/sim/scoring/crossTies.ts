import type { Network } from '../network/network';

export interface CrossTies {
  /** Ties whose two ends are in different syndicates: the links syndicates trade through. */
  readonly total: number;
  /** Of those, the ties with at least one end in the set (arrested). */
  readonly cut: number;
  /** cut / total; 0 for a network with no ties between syndicates. */
  readonly share: number;
}

/** How much of the connectivity between syndicates a set of people removes. */
export function crossTiesCut(net: Network, inSet: Uint8Array): CrossTies {
  const { offsets, neighbors, syndicateOf } = net;
  let total = 0;
  let cut = 0;
  for (let p = 0; p < net.size; p++) {
    const s = syndicateOf[p];
    for (let k = offsets[p]; k < offsets[p + 1]; k++) {
      const q = neighbors[k];
      // Each tie is stored twice; count it from its lower end only.
      if (q <= p || syndicateOf[q] === s) continue;
      total++;
      if (inSet[p] === 1 || inSet[q] === 1) cut++;
    }
  }
  return { total, cut, share: total === 0 ? 0 : cut / total };
}

/** Ties from this person to other syndicates whose other end is not yet in the set. */
export function openCrossTies(net: Network, person: number, inSet: Uint8Array): number {
  const { offsets, neighbors, syndicateOf } = net;
  const s = syndicateOf[person];
  let open = 0;
  for (let k = offsets[person]; k < offsets[person + 1]; k++) {
    const q = neighbors[k];
    if (syndicateOf[q] !== s && inSet[q] === 0) open++;
  }
  return open;
}

/** Everyone arrested during the run (in raids or at the takedown), as a 0/1 mask. */
export function arrestedMask(arrestedDay: Int32Array): Uint8Array {
  const mask = new Uint8Array(arrestedDay.length);
  for (let p = 0; p < arrestedDay.length; p++) if (arrestedDay[p] >= 0) mask[p] = 1;
  return mask;
}
