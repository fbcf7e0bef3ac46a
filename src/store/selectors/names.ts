import { type Network, personName } from '../../sim';
import { bossOf } from '../../sim/network/network';
import { ROLES, type Role } from '../../sim/roles';

export type { Role };

/** A person as the UI names them: generated given and family names and their handset handle. */
export interface PersonLabel {
  readonly person: number;
  readonly name: string;
  readonly handle: string;
  readonly role: Role;
}

export function personLabel(net: Network, person: number): PersonLabel {
  const { given, family, handle } = personName(net, person);
  return { person, name: `${given} ${family}`, handle, role: ROLES[net.role[person]] };
}

/**
 * What the UI calls a syndicate: its boss's family name and its number (names repeat across a
 * large network; the number keeps them apart). The wording around them is the view's.
 */
export interface SyndicateLabel {
  readonly syndicate: number;
  readonly family: string;
  readonly number: number;
  readonly country: string;
  readonly countryIso: string;
}

export function syndicateLabel(net: Network, syndicate: number): SyndicateLabel {
  const country = net.countries[net.syndicateCountry[syndicate]];
  return {
    syndicate,
    family: personName(net, bossOf(net, syndicate)).family,
    number: syndicate + 1,
    country: country.name,
    countryIso: country.iso2,
  };
}
