import { MESSAGE_CATEGORIES, TAG_VERDICTS } from './intercepts/feed';
import { RNG_STREAMS } from './rng';
import type { SimState } from './state';

/** FNV-1a over 32-bit words, two lanes with different offsets for a 64-bit digest. */
class Digest {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  word(value: number): void {
    this.a = Math.imul(this.a ^ (value | 0), 0x01000193);
    this.b = Math.imul(this.b ^ ((value | 0) + 0x7f4a7c15), 0x01000193);
  }

  number(value: number): void {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    this.word(view.getInt32(0));
    this.word(view.getInt32(4));
  }

  array(values: Int32Array | Float32Array | Float64Array | Uint16Array): void {
    const words = new Int32Array(values.buffer, values.byteOffset, Math.floor(values.byteLength / 4));
    this.word(words.length);
    for (let i = 0; i < words.length; i++) this.word(words[i]);
    if (values.byteLength % 4 !== 0) this.word(values[values.length - 1]);
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

function hashIntercepts(d: Digest, state: SimState): void {
  d.word(state.feed.length);
  for (const m of state.feed) {
    d.word(m.day);
    d.word(m.sender);
    d.word(m.recipient);
    d.word(MESSAGE_CATEGORIES.indexOf(m.category));
    d.word(m.event);
    d.word((m.flagged ? 1 : 0) | (m.incriminating ? 2 : 0) | (m.implicatesRecipient ? 4 : 0));
  }
  d.word(state.readMessages.size);
  for (const id of state.readMessages) d.word(id);
  d.word(state.tags.length);
  for (const tag of state.tags) {
    d.word(tag.message);
    d.word(tag.person);
    d.word(tag.day);
    d.word(TAG_VERDICTS.indexOf(tag.verdict));
  }
  d.word(state.wrongTags.length);
}

/** A digest of everything that can change during a run: equal hashes mean equal runs. */
export function stateHash(state: SimState): string {
  const d = new Digest();
  for (const value of [
    state.day,
    state.heat,
    state.leakDay,
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
    state.evidence,
    state.incriminating,
    state.wrongEvidence,
  ]) {
    d.array(array);
  }
  const stash = state.knownStash;
  for (const array of [stash.cocaineKg, stash.otherDrugsKg, stash.guns, stash.cashGBP]) d.array(array);
  for (const value of Object.values(state.seized)) d.number(value);
  d.word(state.events.length);
  for (const threat of state.threats) {
    d.word(threat.id);
    d.word(['open', 'covert', 'none', null].indexOf(threat.response));
    d.word(['pending', 'protected', 'killed', 'survived'].indexOf(threat.outcome));
  }
  for (const s of state.analystFocus) d.word(s);
  hashIntercepts(d, state);
  d.word(state.takedown ? state.takedown.arrested.length : -1);
  return d.hex();
}
