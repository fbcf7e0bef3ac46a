import { NAME_LISTS } from '../data/names';
import { createRng, nextInt } from '../random/rng';
import type { Network } from './network';

export interface PersonName {
  readonly given: string;
  readonly family: string;
  readonly handle: string;
  readonly language: string;
}

/**
 * Names are derived from the network's name seed and the person's number, so
 * 25,000 people need no stored strings and the same seed always names them alike.
 */
export function personName(net: Network, person: number): PersonName {
  const rng = createRng(net.nameSeed ^ Math.imul(person + 1, 0x9e3779b1), 'name');
  const language = net.countries[net.countryOf[person]].language;
  const group = NAME_LISTS.groups[language] ?? Object.values(NAME_LISTS.groups)[0];
  const { adjectives, nouns } = NAME_LISTS.handleWords;
  const given = group.given[nextInt(rng, group.given.length)];
  const family = group.family[nextInt(rng, group.family.length)];
  const handle = `${adjectives[nextInt(rng, adjectives.length)]}${nouns[nextInt(rng, nouns.length)]}${nextInt(rng, 100)}`;
  return { given, family, handle, language };
}
