import { type CategoryTemplates, MESSAGE_TEMPLATES } from '../data/messageTemplates';
import type { SimState } from '../model/state';
import { chance, createRng, mixSeed, pick, type RngState } from '../random/rng';
import { chatStyle, translatedStyle } from './chatStyle';
import { expand, fillSlots, type Gloss, type RuleEntry, slotNames } from './grammar';
import { type EventFacts, type MessageFacts, messageFacts } from './messageFacts';
import { amountPhrase, arrivalPhrase, deadlinePhrase } from './phrases';

export interface RenderedMessage {
  readonly text: string;
  /** BCP 47 code of the language the original was written in, or null when it was written in English. */
  readonly translatedFrom: string | null;
  readonly facts: MessageFacts;
  /** The facts the text names, by slot (e.g. "target", "deadline"), in the order they appear. */
  readonly named: readonly string[];
}

/** Share of flagged English messages where the analyst explained the code words. */
const ANALYST_GLOSS_CHANCE = 0.5;
const CATEGORY_INDEX = {
  shipment: 1,
  money: 2,
  weapons: 3,
  threat: 4,
  meeting: 5,
  noise: 6,
  rumour: 7,
} as const;

/**
 * The text of one intercept, rendered when someone opens it: the facts come first
 * from the simulation, then a template dresses them in the sender's way of writing.
 * Deterministic (its generator is derived from the seed and the message, never from
 * the state's streams) and read-only: rendering leaves the state and its hash alone.
 */
export function renderMessage(state: SimState, messageId: number): RenderedMessage {
  const facts = messageFacts(state, messageId);
  const message = state.feed[messageId];
  const rng = createRng(
    mixSeed(state.seed, messageId, message.day, message.sender, CATEGORY_INDEX[message.category]),
    'text',
  );
  const file = MESSAGE_TEMPLATES.categories[facts.category];
  const translated = facts.translatedFrom !== null;
  const glosses: Gloss[] = [];
  const lookup = rulesFor(file, facts);
  const template = pick(rng, templatesFor(file, facts));
  let body = expand(template, lookup, rng, glosses);
  const protect = glosses.map((g) => g.word);
  body = translated ? translatedStyle(body) : chatStyle(body, rng, protect);
  const slots = slotsFor(facts, state.scenario.startDate, translated, rng);
  const named = slotNames(body);
  const lines = [fillSlots(body, slots).trim()];
  if (glosses.length > 0) {
    if (translated) lines.push(`[Translator's note: ${glossList(glosses)}.]`);
    else if (facts.flagged && chance(rng, ANALYST_GLOSS_CHANCE))
      lines.push(`[Analyst: ${glossList(glosses)}.]`);
  }
  if (file.notes && facts.event?.kind === 'threat')
    lines.push(fillSlots(pick(rng, file.notes), noteSlots(facts.event)));
  return { text: lines.join('\n'), translatedFrom: facts.translatedFrom, facts, named };
}

/** Innocent meetings and bluster threats have their own templates; the rest use the category's. */
function templatesFor(file: CategoryTemplates, facts: MessageFacts): readonly string[] {
  if (facts.category === 'meeting' && !facts.incriminating && file.plainTemplates) return file.plainTemplates;
  if (facts.event?.kind === 'threat' && !facts.event.real && file.blusterTemplates)
    return file.blusterTemplates;
  return file.templates;
}

function rulesFor(
  file: CategoryTemplates,
  facts: MessageFacts,
): (name: string) => readonly RuleEntry[] | undefined {
  const common = MESSAGE_TEMPLATES.common.rules;
  const kind = eventKind(facts.event);
  const kindWords = kind === null ? undefined : file.kinds?.[kind];
  const single = facts.event?.kind === 'weapons' && facts.event.count === 1;
  const words = single ? kindWords?.map(singular) : kindWords;
  return (name) => {
    if (name === 'address') return facts.address;
    if (name === 'kind') return words;
    return file.rules[name] ?? common[name];
  };
}

/** "1 tools" → "1 tool": weapon words are plurals ending in s. */
function singular(entry: RuleEntry): RuleEntry {
  const drop = (text: string) => text.replace(/s$/, '');
  return typeof entry === 'string' ? drop(entry) : { text: drop(entry.text), gloss: drop(entry.gloss) };
}

function eventKind(event: EventFacts | null): string | null {
  if (event?.kind === 'shipment') return event.drug;
  if (event?.kind === 'money') return event.channel;
  if (event?.kind === 'weapons') return event.weapon;
  return null;
}

function slotsFor(
  facts: MessageFacts,
  startDate: string,
  translated: boolean,
  rng: RngState,
): Record<string, string> {
  const slots: Record<string, string> = {
    to: facts.recipient?.given ?? facts.address[0],
    city: facts.sender.city,
  };
  const event = facts.event;
  if (!event) return slots;
  switch (event.kind) {
    case 'shipment':
      slots.kg = String(event.kg);
      slots.port = event.port;
      slots.from = event.fromCountry;
      slots.arrival = arrivalPhrase(startDate, facts.day, event.arrivalDay, translated, rng);
      break;
    case 'money':
      slots.amount = amountPhrase(event.amountGBP, rng);
      slots.dest = event.toCountry;
      break;
    case 'weapons':
      slots.count = String(event.count);
      break;
    case 'threat':
      slots.target = event.targetGiven;
      slots.deadline = deadlinePhrase(startDate, facts.day, event.deadline, translated, rng);
      if (event.venue !== null) slots.venue = event.venue;
      if (event.weapon !== null) slots.weapon = event.weapon;
      break;
    case 'meeting':
      slots.city = event.city;
      slots.venue = event.venue;
      slots.time = event.time;
      break;
  }
  return slots;
}

function noteSlots(event: Extract<EventFacts, { kind: 'threat' }>): Record<string, string> {
  return { targetName: event.targetName, targetAbout: event.targetAbout, deadlineDate: event.deadlineDate };
}

function glossList(glosses: readonly Gloss[]): string {
  return glosses.map((g) => `'${g.word}' means ${g.meaning}`).join('; ');
}
