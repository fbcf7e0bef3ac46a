import { MESSAGE_CATEGORIES, TAG_VERDICTS } from '../intercepts/feed';
import type { Laundering, Seizures, Shipment, SimState, ThreatToKill, WeaponsDeal } from '../model/state';
import { RNG_STREAMS } from '../random/rng';
import type { TakedownResult } from '../takedown/takedownResult';

const floatBits = new Float64Array(1);
const floatWords = new Int32Array(floatBits.buffer);

/** FNV-1a over 32-bit words, two lanes with different offsets for a 64-bit digest. */
class Digest {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  word(value: number): void {
    this.a = Math.imul(this.a ^ (value | 0), 0x01000193);
    this.b = Math.imul(this.b ^ ((value | 0) + 0x7f4a7c15), 0x01000193);
  }

  number(value: number): void {
    floatBits[0] = value;
    this.word(floatWords[0]);
    this.word(floatWords[1]);
  }

  flag(value: boolean): void {
    this.word(value ? 1 : 0);
  }

  text(value: string): void {
    this.word(value.length);
    for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
  }

  /** A typed array, its length first: arrays of different lengths never run together. */
  array(values: Int32Array | Float32Array | Float64Array | Uint16Array): void {
    const words = new Int32Array(values.buffer, values.byteOffset, Math.floor(values.byteLength / 4));
    this.word(values.length);
    for (let i = 0; i < words.length; i++) this.word(words[i]);
    if (values.byteLength % 4 !== 0) this.word(values[values.length - 1]);
  }

  numbers(values: readonly number[]): void {
    this.word(values.length);
    for (const value of values) this.number(value);
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/** The fields every event shares, then its kind's own. */
function hashEvent(d: Digest, e: Shipment | Laundering | WeaponsDeal | ThreatToKill): void {
  d.text(e.kind);
  for (const value of [e.id, e.day, e.sender, e.syndicate]) d.word(value);
  d.flag(e.detected);
  switch (e.kind) {
    case 'shipment':
      d.text(e.drug);
      d.number(e.kg);
      for (const value of [e.fromCountry, e.toCountry, e.arrivalDay]) d.word(value);
      return;
    case 'laundering':
      d.number(e.amountGBP);
      d.text(e.channel);
      d.word(e.toCountry);
      return;
    case 'weapons':
      d.text(e.weapon);
      d.number(e.count);
      return;
    case 'threat':
      d.word(e.target);
      d.word(e.deadline);
      d.flag(e.real);
      d.word(['open', 'covert', 'none', null].indexOf(e.response));
      d.word(['pending', 'protected', 'killed', 'survived'].indexOf(e.outcome));
      return;
  }
}

function hashSeizures(d: Digest, seized: Seizures): void {
  for (const value of [seized.cocaineKg, seized.otherDrugsKg, seized.guns, seized.cashGBP]) d.number(value);
}

function hashTakedown(d: Digest, takedown: TakedownResult | null): void {
  d.flag(takedown !== null);
  if (takedown === null) return;
  d.word(takedown.day);
  d.word(takedown.countries.length);
  for (const iso of takedown.countries) d.text(iso);
  d.number(takedown.officers);
  d.text(takedown.priority);
  d.numbers(takedown.people);
  d.numbers(takedown.syndicates);
  d.flag(takedown.warned);
  d.flag(takedown.admissible);
  d.numbers(takedown.arrested);
  d.number(takedown.expectedConvictions);
  hashSeizures(d, takedown.seized);
  d.numbers(takedown.dismantled);
}

function hashIntercepts(d: Digest, state: SimState): void {
  d.word(state.feed.length);
  for (const m of state.feed) {
    for (const value of [m.id, m.day, m.sender, m.recipient, MESSAGE_CATEGORIES.indexOf(m.category), m.event])
      d.word(value);
    d.word((m.flagged ? 1 : 0) | (m.incriminating ? 2 : 0) | (m.implicatesRecipient ? 4 : 0));
    d.text(m.language);
  }
  // In the order they were opened, which is the order the case file lists them.
  d.word(state.readMessages.size);
  for (const id of state.readMessages) d.word(id);
  for (const tags of [state.tags, state.wrongTags]) {
    d.word(tags.length);
    for (const tag of tags) {
      d.word(tag.message);
      d.word(tag.person);
      d.word(tag.day);
      d.word(TAG_VERDICTS.indexOf(tag.verdict));
    }
  }
}

/**
 * A digest of everything that can change during a run, field by field of SimState (the scenario,
 * its tables, the seed and the network are fixed at the start): equal hashes mean equal runs.
 */
export function stateHash(state: SimState): string {
  const d = new Digest();
  for (const value of [
    state.day,
    state.heat,
    state.warningDay,
    state.leakDueDay,
    state.leakDay,
    state.readingHours,
    state.supply,
    state.holderCount,
    state.activeHandsets,
  ])
    d.number(value);
  for (const value of [state.messages, state.messagesAnalysed, state.raids]) d.number(value);
  for (const stream of RNG_STREAMS) for (const word of state.rng[stream]) d.word(word);
  for (const array of [
    state.adoptedDay,
    state.darkDay,
    state.rumourDay,
    state.arrestedDay,
    state.pressure,
    state.activeContacts,
    state.holders,
    state.activeBySyndicate,
    state.syndicateReachedDay,
    state.countryReachedDay,
    state.incriminating,
    state.evidence,
    state.messagesRead,
    state.wrongEvidence,
  ]) {
    d.array(array);
  }
  d.numbers(state.analystFocus);
  const stash = state.knownStash;
  for (const array of [stash.cocaineKg, stash.otherDrugsKg, stash.guns, stash.cashGBP]) d.array(array);
  hashSeizures(d, state.seized);
  d.word(state.events.length);
  for (const event of state.events) hashEvent(d, event);
  d.word(state.threats.length);
  for (const threat of state.threats) hashEvent(d, threat);
  hashIntercepts(d, state);
  hashTakedown(d, state.takedown);
  for (const series of [state.series.handsets, state.series.heat, state.series.messages]) d.numbers(series);
  return d.hex();
}
