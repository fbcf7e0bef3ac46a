import type { EvidenceTag, FeedMessage } from '../intercepts/feed';
import type { Network } from '../network/network';
import type { RngStreams } from '../random/rng';
import type { Scenario } from '../scenario/schema';
import type { TakedownResult } from '../takedown/takedownResult';

export const DRUG_KINDS = ['cocaine', 'methamphetamine', 'cannabis', 'heroin', 'MDMA'] as const;
export type DrugKind = (typeof DRUG_KINDS)[number];
export const WEAPON_KINDS = ['pistols', 'rifles', 'submachine guns'] as const;
export const MONEY_CHANNELS = ['cash courier', 'crypto wallet', 'trade invoice', 'money remitter'] as const;

interface EventBase {
  readonly id: number;
  readonly day: number;
  /** The handset holder whose messages carry the facts. */
  readonly sender: number;
  readonly syndicate: number;
  /** Whether analysts read the messages about it: only then does it count or alert. */
  readonly detected: boolean;
}

export interface Shipment extends EventBase {
  readonly kind: 'shipment';
  readonly drug: DrugKind;
  readonly kg: number;
  readonly fromCountry: number;
  readonly toCountry: number;
  readonly arrivalDay: number;
}

export interface Laundering extends EventBase {
  readonly kind: 'laundering';
  readonly amountGBP: number;
  readonly channel: (typeof MONEY_CHANNELS)[number];
  readonly toCountry: number;
}

export interface WeaponsDeal extends EventBase {
  readonly kind: 'weapons';
  readonly weapon: (typeof WEAPON_KINDS)[number];
  readonly count: number;
}

export type ThreatResponse = 'open' | 'covert' | 'none';
export type ThreatOutcome = 'pending' | 'protected' | 'killed' | 'survived';

export interface ThreatToKill extends EventBase {
  readonly kind: 'threat';
  /** A person in the network, or −1 for a bystander outside it. */
  readonly target: number;
  readonly deadline: number;
  /**
   * Meant (a plan: its intercept names a time, a place or a weapon) or bluster (anger with no plan,
   * which is never carried out). The game tells the player only after the operation.
   */
  readonly real: boolean;
  response: ThreatResponse | null;
  outcome: ThreatOutcome;
}

export interface Seizures {
  cocaineKg: number;
  otherDrugsKg: number;
  guns: number;
  cashGBP: number;
}

/** Per-syndicate stashes that analysts know about, decaying as goods move on. */
export interface KnownStash {
  readonly cocaineKg: Float64Array;
  readonly otherDrugsKg: Float64Array;
  readonly guns: Float64Array;
  readonly cashGBP: Float64Array;
}

/** Per-role tables derived from the scenario once, for the daily loops. */
export interface RoleTables {
  readonly susceptibility: Float64Array;
  readonly incriminatingShare: Float64Array;
  readonly roleValue: Float64Array;
  /** Share of each role's incriminating talk analysts can use without a person decoding it. */
  readonly plainSpeech: Float64Array;
  /** Countries of the network in Latin America, where cocaine shipments start. */
  readonly latinAmerica: readonly number[];
}

export interface SimState {
  readonly scenario: Scenario;
  readonly tables: RoleTables;
  readonly seed: number;
  readonly net: Network;
  day: number;
  rng: RngStreams;
  /** Day each person got a handset; −1 if never. */
  readonly adoptedDay: Int32Array;
  /** Day a holder stopped using the handset; −1 if still on it. */
  readonly darkDay: Int32Array;
  /** Day a person heard the "dump your phone" rumour; −1 if not. */
  readonly rumourDay: Int32Array;
  readonly arrestedDay: Int32Array;
  /** Σ trust weights of ties to active holders. */
  readonly pressure: Float64Array;
  readonly activeContacts: Uint16Array;
  /** Holders in the order they adopted: the spread's own audit trail. */
  readonly holders: Int32Array;
  holderCount: number;
  activeHandsets: number;
  readonly activeBySyndicate: Int32Array;
  readonly syndicateReachedDay: Int32Array;
  readonly countryReachedDay: Int32Array;
  readonly incriminating: Float32Array;
  /** Incriminating messages analysts have read: the evidence that counts. */
  readonly evidence: Float32Array;
  /** Messages from this person that analysts read (the privacy footprint). */
  readonly messagesRead: Float32Array;
  messages: number;
  messagesAnalysed: number;
  analystFocus: number[];
  supply: number;
  heat: number;
  /** Day the first rumour that the phone is police went round; −1 while nobody doubts it. */
  warningDay: number;
  /** Day the rumour becomes a public exposure, set with warningDay; −1 before. */
  leakDueDay: number;
  leakDay: number;
  /** Hours of the task force's own reading left (activity.readingHoursPerDay accrue, a while). */
  readingHours: number;
  /** Shipments, laundering and weapons deals, in the order they happened (id = index). */
  events: (Shipment | Laundering | WeaponsDeal)[];
  /** Threats to kill, in the order they were made (id = index). */
  threats: ThreatToKill[];
  readonly knownStash: KnownStash;
  /** Intercepts the inbox offers, in the order they arrived (id = index). */
  feed: FeedMessage[];
  /** Ids of the intercepts the player has opened (read and analysed). */
  readMessages: Set<number>;
  /** Every evidence tag the player made, right or wrong, in order. */
  tags: EvidenceTag[];
  /** The tags that were misreadings: what the debrief shows as wrong tags. */
  wrongTags: EvidenceTag[];
  /** The part of each person's evidence that rests on wrong tags. */
  readonly wrongEvidence: Float32Array;
  seized: Seizures;
  raids: number;
  takedown: TakedownResult | null;
  readonly series: { handsets: number[]; heat: number[]; messages: number[] };
}

export function isActive(state: SimState, person: number): boolean {
  return state.adoptedDay[person] >= 0 && state.darkDay[person] < 0 && state.arrestedDay[person] < 0;
}

export function isOver(state: SimState): boolean {
  return state.takedown !== null || state.day >= state.scenario.days.max;
}
