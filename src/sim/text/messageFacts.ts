import { addressWords, languageOf, placesIn, translatedFrom } from '../data/languages';
import { MESSAGE_TEMPLATES } from '../data/messageTemplates';
import { NAME_LISTS } from '../data/names';
import type { MessageCategory } from '../intercepts/feed';
import { ROLES, type Role } from '../model/roles';
import type { DrugKind, MONEY_CHANNELS, SimState, WEAPON_KINDS } from '../model/state';
import type { Network } from '../network/network';
import { personName } from '../network/personNames';
import { syndicateLabel } from '../network/syndicateLabel';
import { createRng, mixSeed, nextInt, pick } from '../random/rng';
import { dateOfDay, isoDate, longDate } from './calendar';

export interface PersonFacts {
  readonly person: number;
  readonly handle: string;
  /** The synthetic name analysts attribute the handset to. */
  readonly name: string;
  readonly given: string;
  readonly role: Role;
  readonly syndicate: number;
  readonly country: string;
  readonly iso2: string;
  /** The person's home city (a port or city of their country). */
  readonly city: string;
}

export type EventFacts =
  | {
      readonly kind: 'shipment';
      readonly drug: DrugKind;
      readonly kg: number;
      readonly fromCountry: string;
      readonly toCountry: string;
      readonly port: string;
      readonly arrivalDay: number;
      readonly arrivalDate: string;
    }
  | {
      readonly kind: 'money';
      readonly amountGBP: number;
      readonly channel: (typeof MONEY_CHANNELS)[number];
      readonly toCountry: string;
    }
  | { readonly kind: 'weapons'; readonly weapon: (typeof WEAPON_KINDS)[number]; readonly count: number }
  | {
      readonly kind: 'threat';
      /** A person in the network, or −1 for someone outside it. */
      readonly target: number;
      readonly targetName: string;
      readonly targetGiven: string;
      readonly targetAbout: string;
      readonly deadline: number;
      readonly deadlineDate: string;
      /**
       * Meant or bluster. The text shows it (a real threat names a time, a place or a weapon);
       * the game says it in words only after the operation.
       */
      readonly real: boolean;
      /** Where and with what a real threat is to be carried out (null for bluster): details its text may name. */
      readonly venue: string | null;
      readonly weapon: string | null;
    }
  | { readonly kind: 'meeting'; readonly city: string; readonly venue: string; readonly time: string };

/** Everything the simulation decided about a message; the text is only its presentation. */
export interface MessageFacts {
  readonly id: number;
  readonly day: number;
  /** ISO date of the day it was sent. */
  readonly date: string;
  readonly category: MessageCategory;
  readonly flagged: boolean;
  readonly incriminating: boolean;
  readonly implicatesRecipient: boolean;
  readonly sender: PersonFacts;
  readonly recipient: PersonFacts | null;
  readonly syndicate: number;
  readonly country: string;
  /** Name-group language code, e.g. "sr". */
  readonly language: string;
  /** BCP 47 code of the language the sender writes in, e.g. "hr" (the view names it). */
  readonly writtenIn: string;
  /** The same code, or null when the sender writes in English. */
  readonly translatedFrom: string | null;
  /** Untranslated forms of address the sender uses. */
  readonly address: readonly string[];
  readonly event: EventFacts | null;
}

export function personFacts(state: SimState, person: number): PersonFacts {
  const { net } = state;
  const name = personName(net, person);
  const country = net.countries[net.countryOf[person]];
  const places = placesIn(country);
  return {
    person,
    handle: name.handle,
    name: `${name.given} ${name.family}`,
    given: name.given,
    role: ROLES[net.role[person]],
    syndicate: net.syndicateOf[person],
    country: country.name,
    iso2: country.iso2,
    city: places[mixSeed(net.nameSeed, person) % places.length],
  };
}

export function messageFacts(state: SimState, id: number): MessageFacts {
  const message = state.feed[id];
  if (!message) throw new RangeError(`messageFacts: there is no message number ${id}`);
  const { net } = state;
  const country = net.countries[net.countryOf[message.sender]];
  const sender = personFacts(state, message.sender);
  return {
    id,
    day: message.day,
    date: isoDate(dateOfDay(state.scenario.startDate, message.day)),
    category: message.category,
    flagged: message.flagged,
    incriminating: message.incriminating,
    implicatesRecipient: message.implicatesRecipient,
    sender,
    recipient: message.recipient >= 0 ? personFacts(state, message.recipient) : null,
    syndicate: sender.syndicate,
    country: country.name,
    language: message.language,
    writtenIn: languageOf(country),
    translatedFrom: translatedFrom(country),
    address: addressWords(country),
    event: eventFacts(state, message.category, message.event, id, sender),
  };
}

function eventFacts(
  state: SimState,
  category: MessageCategory,
  index: number,
  id: number,
  sender: PersonFacts,
): EventFacts | null {
  const { net, scenario } = state;
  const countryName = (c: number) => net.countries[c].name;
  const dateText = (day: number) => longDate(dateOfDay(scenario.startDate, day));
  if (category === 'threat') {
    const threat = state.threats[index];
    const target = threatTarget(state, threat.id, threat.target);
    return {
      kind: 'threat',
      target: threat.target,
      ...target,
      deadline: threat.deadline,
      deadlineDate: dateText(threat.deadline),
      real: threat.real,
      ...threatPlan(state, threat.id, threat.real),
    };
  }
  if (category === 'meeting') {
    const rng = createRng(mixSeed(state.seed, id, sender.person), 'meeting');
    const { venues, times } = MESSAGE_TEMPLATES.common;
    return { kind: 'meeting', city: sender.city, venue: pick(rng, venues), time: pick(rng, times) };
  }
  const event = state.events[index];
  if (!event) return null;
  switch (event.kind) {
    case 'shipment': {
      const ports = placesIn(net.countries[event.toCountry]);
      return {
        kind: 'shipment',
        drug: event.drug,
        kg: event.kg,
        fromCountry: countryName(event.fromCountry),
        toCountry: countryName(event.toCountry),
        port: ports[mixSeed(state.seed, event.id) % ports.length],
        arrivalDay: event.arrivalDay,
        arrivalDate: dateText(event.arrivalDay),
      };
    }
    case 'laundering':
      return {
        kind: 'money',
        amountGBP: event.amountGBP,
        channel: event.channel,
        toCountry: countryName(event.toCountry),
      };
    case 'weapons':
      return { kind: 'weapons', weapon: event.weapon, count: event.count };
  }
}

function syndicateTitle(net: Network, syndicate: number): string {
  const { family, number } = syndicateLabel(net, syndicate);
  return `${family} syndicate no. ${number}`;
}

/** A real threat's place and weapon, picked for that threat (the same in every message about it). */
function threatPlan(
  state: SimState,
  threatId: number,
  real: boolean,
): { venue: string | null; weapon: string | null } {
  if (!real) return { venue: null, weapon: null };
  const rng = createRng(mixSeed(state.seed, threatId), 'threat-plan');
  const weapons = MESSAGE_TEMPLATES.categories.threat.weapons ?? [];
  return { venue: pick(rng, MESSAGE_TEMPLATES.common.venues), weapon: pick(rng, weapons) };
}

/** Who is threatened: a person of the network, or a synthetic bystander named from the sender's name group. */
function threatTarget(
  state: SimState,
  threatId: number,
  target: number,
): { targetName: string; targetGiven: string; targetAbout: string } {
  const { net } = state;
  if (target >= 0) {
    const facts = personFacts(state, target);
    const onPlatform = state.adoptedDay[target] >= 0 ? 'a handset user' : 'not on the platform';
    return {
      targetName: facts.name,
      targetGiven: facts.given,
      targetAbout: `${syndicateTitle(net, facts.syndicate)}, ${facts.country}, ${onPlatform}`,
    };
  }
  const sender = state.threats[threatId].sender;
  const language = net.countries[net.countryOf[sender]].language;
  const group = NAME_LISTS.groups[language] ?? Object.values(NAME_LISTS.groups)[0];
  const rng = createRng(mixSeed(state.seed, threatId), 'bystander');
  const given = group.given[nextInt(rng, group.given.length)];
  const family = group.family[nextInt(rng, group.family.length)];
  return { targetName: `${given} ${family}`, targetGiven: given, targetAbout: 'outside the known network' };
}
