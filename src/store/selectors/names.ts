import { type Network, personName, ROLES, type Role } from '../../sim';

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

export { type SyndicateLabel, syndicateLabel } from '../../sim';
