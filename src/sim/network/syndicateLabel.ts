import type { Network } from './network';
import { bossOf } from './network';
import { personName } from './personNames';

/**
 * What the game calls a syndicate: its boss's family name and its number (names repeat across a
 * large network; the number keeps them apart). The wording around them is the view's.
 */
export interface SyndicateLabel {
  readonly syndicate: number;
  readonly family: string;
  readonly number: number;
  /** The country's ISO code; the view names it in the reader's language. */
  readonly countryIso: string;
}

export function syndicateLabel(net: Network, syndicate: number): SyndicateLabel {
  return {
    syndicate,
    family: personName(net, bossOf(net, syndicate)).family,
    number: syndicate + 1,
    countryIso: net.countries[net.syndicateCountry[syndicate]].iso2,
  };
}
