import type { Country } from '../data/countries';

/**
 * The criminal network, immutable once generated. People of a syndicate are
 * numbered contiguously (firstMember[s] … firstMember[s + 1] − 1), and ties are
 * stored as CSR adjacency so the daily loops touch only typed arrays.
 */
export interface Network {
  readonly size: number;
  readonly role: Uint8Array;
  readonly syndicateOf: Uint16Array;
  readonly countryOf: Uint8Array;
  /** Index of the cell a person belongs to; −1 for a syndicate's core (boss and lieutenants). */
  readonly cellOf: Int32Array;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  readonly weights: Float32Array;
  readonly ties: number;
  readonly syndicateCount: number;
  readonly syndicateCountry: Uint8Array;
  readonly firstMember: Int32Array;
  /** 1 for a syndicate that trusts no outsider but its trusted bridges. */
  readonly closed: Uint8Array;
  /** 1 for a person who is a closed syndicate's trusted bridge: they take a handset only when handed one. */
  readonly trustedBridge: Uint8Array;
  /** 1 for a syndicate with a corrupt police contact. */
  readonly policeContact: Uint8Array;
  readonly countries: readonly Country[];
  /** The person the task force turned: the first handset holder. */
  readonly informant: number;
  /** Seed for everything derived per person (names, handles) without storing it. */
  readonly nameSeed: number;
}

export function bossOf(net: Network, syndicate: number): number {
  return net.firstMember[syndicate];
}

export function areTied(net: Network, a: number, b: number): boolean {
  for (let k = net.offsets[a]; k < net.offsets[a + 1]; k++) if (net.neighbors[k] === b) return true;
  return false;
}
