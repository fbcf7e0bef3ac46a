import type { Rejection } from '../commands/rejection';
import { isAdmissible } from '../law/authorisation';
import type { SimState } from '../model/state';
import { type EvidenceTag, type FeedMessage, isRightTag, type TagVerdict } from './feed';
import { canReadAnother, spendReadingHours } from './readingHours';

/**
 * Evidence weights in the unit of state.evidence (analysed incriminating messages).
 * Reading one counts as one; a tag adds the work of transcribing and attributing it,
 * which is what a court leans on.
 */
export const READ_WEIGHT = 1;
export const TAG_WEIGHT = 2;
/** What decoding adds to a tag against someone who talks in code, in full for a boss who never speaks plainly. */
const DECODED_TAG_WEIGHT = 8;

/**
 * A tag's evidence against `person`: a coded speaker's tagged message, read and decoded by a
 * person, is the proof analysts' volume cannot give.
 */
export function tagWeight(state: SimState, person: number): number {
  return TAG_WEIGHT + DECODED_TAG_WEIGHT * (1 - state.tables.plainSpeech[state.net.role[person]]);
}

function messageOrRejection(state: SimState, id: number): FeedMessage | Rejection {
  return state.feed[id] ?? { code: 'no-such-message', message: id };
}

/**
 * Opens an intercept: it is read and analysed, which takes reading hours; if it incriminates its
 * sender, that is evidence while the authorisation lasts.
 */
export function readMessage(state: SimState, id: number): Rejection | null {
  const message = messageOrRejection(state, id);
  if ('code' in message) return message;
  if (state.readMessages.has(id)) return null;
  if (!canReadAnother(state)) return { code: 'no-reading-hours' };
  spendReadingHours(state);
  state.readMessages.add(id);
  state.messagesRead[message.sender] += 1;
  state.messagesAnalysed += 1;
  if (message.incriminating && isAdmissible(state)) state.evidence[message.sender] += READ_WEIGHT;
  return null;
}

/**
 * Tags an intercept as evidence against a person (reading it first if need be).
 * A right tag strengthens that person's case. A wrong one is recorded and still goes
 * into the case file as the task force believes it, but it rests on a misreading:
 * it can send a team after the wrong person and it convicts nobody.
 */
export function tagEvidence(state: SimState, id: number, person: number): Rejection | null {
  const message = messageOrRejection(state, id);
  if ('code' in message) return message;
  if (!Number.isInteger(person) || person < 0 || person >= state.net.size)
    return { code: 'no-such-person', person };
  if (state.tags.some((t) => t.message === id && t.person === person))
    return { code: 'already-tagged', message: id, person };
  const unread = readMessage(state, id);
  if (unread !== null) return unread;
  const tag: EvidenceTag = { message: id, person, day: state.day, verdict: judgeTag(state, message, person) };
  state.tags.push(tag);
  const right = isRightTag(tag.verdict);
  if (!right) state.wrongTags.push(tag);
  if (isAdmissible(state)) {
    const weight = tagWeight(state, person);
    state.evidence[person] += weight;
    if (!right) state.wrongEvidence[person] += weight;
  }
  return null;
}

export function judgeTag(state: SimState, message: FeedMessage, person: number): TagVerdict {
  if (person === message.sender) return message.incriminating ? 'sender' : 'innocent-message';
  if (person === message.recipient) {
    if (message.implicatesRecipient) return 'recipient';
    return message.incriminating ? 'not-implicated' : 'innocent-message';
  }
  if (message.category === 'threat' && state.threats[message.event]?.target === person)
    return 'not-implicated';
  return 'not-in-message';
}

/** Evidence that would stand up in court: what the case file shows, minus what rests on wrong tags. */
export function soundEvidence(state: SimState, person: number): number {
  return Math.max(0, state.evidence[person] - state.wrongEvidence[person]);
}

/** Arrested people whose case rested mostly on wrong tags: wrongful arrests, for the debrief. */
export function wrongfulArrests(state: SimState): number[] {
  const wrongful: number[] = [];
  for (let p = 0; p < state.net.size; p++) {
    const wrong = state.wrongEvidence[p];
    if (state.arrestedDay[p] >= 0 && wrong > 0 && wrong * 2 >= state.evidence[p]) wrongful.push(p);
  }
  return wrongful;
}

/**
 * The part of each person's sound evidence that came from the task force's own reading and
 * right tags (not from the analysts' volume): what the player's reading bought.
 */
export function evidenceFromReading(state: SimState): Float32Array {
  const owed = new Float32Array(state.net.size);
  for (const id of state.readMessages) {
    const m = state.feed[id];
    if (m.incriminating) owed[m.sender] += READ_WEIGHT;
  }
  for (const tag of state.tags) if (isRightTag(tag.verdict)) owed[tag.person] += tagWeight(state, tag.person);
  return owed;
}
