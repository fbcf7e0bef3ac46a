import {
  closedSyndicatesOpenedBy,
  crossTies,
  rankSeedCandidates,
  type SimState,
  trustedBridgesInto,
} from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

/**
 * What the seeding choice turns on, in plain terms: a contact who reaches no other syndicate
 * keeps the handset in one group; one who reaches many grows the platform fast, and a bigger
 * platform is likelier to leak; one whose contacts are mostly foot soldiers spreads it slowly.
 */
export type SeedRisk = 'insular' | 'wide' | 'slow' | 'steady';

/** A closed syndicate the contact is a trusted bridge into: a handset in their hand opens it. */
export interface SeedBridge {
  readonly syndicate: SyndicateLabel;
  /** The syndicate's trusted bridges, this contact among them: its only ways in. */
  readonly ways: number;
  /** It already holds handsets, so this bridge opens nothing new. */
  readonly onPlatform: boolean;
}

export interface SeedChoice extends PersonLabel {
  readonly syndicate: SyndicateLabel;
  /** Ties to people in other syndicates. */
  readonly crossTies: number;
  readonly contacts: number;
  /** Distinct other syndicates among their contacts. */
  readonly otherSyndicates: number;
  readonly risk: SeedRisk;
  /** The closed syndicates they are a trusted bridge into (they take a handset only from the informant). */
  readonly bridges: readonly SeedBridge[];
  /** Their syndicate has a corrupt police contact; null when it has none. */
  readonly policeContact: { readonly onPlatform: boolean } | null;
}

/** Reaching this many other syndicates counts as wide. */
const WIDE = 3;
/** Below this mean willingness of their contacts, a handset spreads slowly from them. */
const SLOW = 0.45;

export function seedChoices(sim: SimState, people: readonly number[]): SeedChoice[] {
  const { net } = sim;
  const onPlatform = (s: number) => sim.activeBySyndicate[s] > 0;
  return people.map((person) => {
    const own = net.syndicateOf[person];
    const others = new Set<number>();
    let willingness = 0;
    const first = net.offsets[person];
    const last = net.offsets[person + 1];
    for (let k = first; k < last; k++) {
      const contact = net.neighbors[k];
      if (net.syndicateOf[contact] !== own) others.add(net.syndicateOf[contact]);
      willingness += sim.tables.susceptibility[net.role[contact]];
    }
    const contacts = last - first;
    const cross = crossTies(net, person);
    const risk: SeedRisk =
      cross === 0
        ? 'insular'
        : others.size >= WIDE
          ? 'wide'
          : contacts > 0 && willingness / contacts < SLOW
            ? 'slow'
            : 'steady';
    return {
      ...personLabel(net, person),
      syndicate: syndicateLabel(net, own),
      crossTies: cross,
      contacts,
      otherSyndicates: others.size,
      risk,
      bridges: closedSyndicatesOpenedBy(net, person).map((s) => ({
        syndicate: syndicateLabel(net, s),
        ways: trustedBridgesInto(net, s),
        onPlatform: onPlatform(s),
      })),
      policeContact: net.policeContact[own] ? { onPlatform: onPlatform(own) } : null,
    };
  });
}

/**
 * The people the informant could hand a handset to now, described, in the order of the core's
 * seeding advice (rankSeedCandidates): the same advice the headless runner's `--seeding` follows.
 */
export function seedOptions(sim: SimState, count = 12): SeedChoice[] {
  return seedChoices(sim, rankSeedCandidates(sim).slice(0, count));
}
