import type { Network } from './network';

/**
 * The closed syndicates a trusted bridge has ties into, by number: the syndicates a handset in
 * their hand opens, since a closed syndicate has no other tie to the outside. Empty for anyone else.
 */
export function closedSyndicatesOpenedBy(net: Network, person: number): number[] {
  if (!net.trustedBridge[person]) return [];
  const own = net.syndicateOf[person];
  const opened: number[] = [];
  for (let k = net.offsets[person]; k < net.offsets[person + 1]; k++) {
    const s = net.syndicateOf[net.neighbors[k]];
    if (s !== own && net.closed[s] && !opened.includes(s)) opened.push(s);
  }
  return opened.sort((a, b) => a - b);
}

/** How many trusted bridges a syndicate has: for a closed one, its only ways in. */
export function trustedBridgesInto(net: Network, syndicate: number): number {
  const bridges = new Set<number>();
  for (let p = net.firstMember[syndicate]; p < net.firstMember[syndicate + 1]; p++) {
    for (let k = net.offsets[p]; k < net.offsets[p + 1]; k++) {
      const q = net.neighbors[k];
      if (net.trustedBridge[q] && net.syndicateOf[q] !== syndicate) bridges.add(q);
    }
  }
  return bridges.size;
}
