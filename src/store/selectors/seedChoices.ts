import { crossTies, type SimState, seedCandidates } from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

/**
 * What the seeding choice turns on, in plain terms: a contact who reaches no other syndicate
 * keeps the handset in one group; one who reaches many grows the platform fast, and a bigger
 * platform is likelier to leak; one whose contacts are mostly foot soldiers spreads it slowly.
 */
export type SeedRisk = 'insular' | 'wide' | 'slow' | 'steady';

export interface SeedChoice extends PersonLabel {
  readonly syndicate: SyndicateLabel;
  /** Ties to people in other syndicates. */
  readonly crossTies: number;
  readonly contacts: number;
  /** Distinct other syndicates among their contacts. */
  readonly otherSyndicates: number;
  readonly risk: SeedRisk;
}

/** Reaching this many other syndicates counts as wide. */
const WIDE = 3;
/** Below this mean willingness of their contacts, a handset spreads slowly from them. */
const SLOW = 0.45;

export function seedChoices(sim: SimState, people: readonly number[]): SeedChoice[] {
  const { net } = sim;
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
    };
  });
}

/** The people the informant could hand a handset to now, best spreaders first, described. */
export function seedOptions(sim: SimState, count = 12): SeedChoice[] {
  return seedChoices(sim, seedCandidates(sim, count));
}
