import { chance, nextInt, type RngState } from '../random/rng';

/** Short chat forms, applied word by word. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  you: 'u',
  your: 'ur',
  are: 'r',
  tomorrow: 'tmrw',
  tonight: 'tonite',
  please: 'pls',
  thanks: 'thx',
  okay: 'ok',
  because: 'cos',
  people: 'ppl',
  before: 'b4',
  'do not': 'dont',
  message: 'msg',
  minutes: 'mins',
};
const ABBREVIATION = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');

const LOWERCASE_CHANCE = 0.6;
const ABBREVIATE_CHANCE = 0.5;
const TYPO_CHANCE = 0.35;
const SECOND_TYPO_CHANCE = 0.3;
const DROP_FULL_STOP_CHANCE = 0.5;

const SLOT_SPLIT = /(\{[A-Za-z]+\})/;

/** Applies `change` to the text outside {slot} placeholders, so the facts put in later stay intact. */
function outsideSlots(text: string, change: (part: string) => string): string {
  return text
    .split(SLOT_SPLIT)
    .map((part) => (part.startsWith('{') ? part : change(part)))
    .join('');
}

/**
 * How a person types on a phone: lower case, short forms, a typo or two. Words in
 * `protect` (code words the notes explain) are left as they are.
 */
export function chatStyle(text: string, rng: RngState, protect: readonly string[]): string {
  let styled = text;
  if (chance(rng, LOWERCASE_CHANCE)) styled = outsideSlots(styled, (part) => part.toLowerCase());
  if (chance(rng, ABBREVIATE_CHANCE))
    styled = outsideSlots(styled, (part) => part.replace(ABBREVIATION, (w) => ABBREVIATIONS[w]));
  if (chance(rng, TYPO_CHANCE)) {
    styled = addTypo(styled, rng, protect);
    if (chance(rng, SECOND_TYPO_CHANCE)) styled = addTypo(styled, rng, protect);
  }
  if (chance(rng, DROP_FULL_STOP_CHANCE) && styled.endsWith('.')) styled = styled.slice(0, -1);
  return styled;
}

/** A translator's English: sentences start with a capital, nothing else changes. */
export function translatedStyle(text: string): string {
  return text.replace(
    /(^|[.?!]\s+)([a-z])/g,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** Swaps two neighbouring letters inside one longer word that is neither a fact nor a code word. */
function addTypo(text: string, rng: RngState, protect: readonly string[]): string {
  const parts = text.split(SLOT_SPLIT);
  const candidates: [number, number, number][] = [];
  parts.forEach((part, p) => {
    if (part.startsWith('{')) return;
    for (const m of part.matchAll(/[a-z]{5,}/g)) {
      if (!protect.some((word) => word.includes(m[0]))) candidates.push([p, m.index ?? 0, m[0].length]);
    }
  });
  if (candidates.length === 0) return text;
  const [p, start, length] = candidates[nextInt(rng, candidates.length)];
  const at = start + 1 + nextInt(rng, length - 3);
  const part = parts[p];
  parts[p] = part.slice(0, at) + part[at + 1] + part[at] + part.slice(at + 2);
  return parts.join('');
}
