export const MESSAGE_CATEGORIES = [
  'shipment',
  'money',
  'weapons',
  'threat',
  'meeting',
  'noise',
  'rumour',
] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/**
 * One intercept the inbox can offer: the facts of who wrote to whom about what.
 * Its text is rendered only when someone opens it (see text/renderMessage.ts).
 */
export interface FeedMessage {
  /** Its index in state.feed. */
  readonly id: number;
  readonly day: number;
  readonly sender: number;
  /** A tie of the sender who holds a handset; −1 when the sender had nobody on the platform to write to. */
  readonly recipient: number;
  readonly category: MessageCategory;
  /** Index into state.events (shipment, money, weapons) or state.threats (threat); −1 for everyday traffic. */
  readonly event: number;
  /** Analysts marked it for attention. */
  readonly flagged: boolean;
  /** It is evidence against its sender: every event message and some logistics. */
  readonly incriminating: boolean;
  /** It is evidence against the recipient too: a co-conspirator of the same syndicate. */
  readonly implicatesRecipient: boolean;
  /** The sender's name-group language code (assets/names.json), for filters and "translated from …". */
  readonly language: string;
}

/**
 * How a tag was judged. Only 'sender' and 'recipient' are right; the others are
 * misreadings: an everyday message taken for evidence, someone the message does not
 * implicate (the recipient of a one-sided message, the person threatened), or someone
 * who is not in the message at all.
 */
export const TAG_VERDICTS = [
  'sender',
  'recipient',
  'innocent-message',
  'not-implicated',
  'not-in-message',
] as const;
export type TagVerdict = (typeof TAG_VERDICTS)[number];

export interface EvidenceTag {
  readonly message: number;
  readonly person: number;
  readonly day: number;
  readonly verdict: TagVerdict;
}

export function isRightTag(verdict: TagVerdict): boolean {
  return verdict === 'sender' || verdict === 'recipient';
}
