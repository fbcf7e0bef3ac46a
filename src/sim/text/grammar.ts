import { nextInt, type RngState } from '../random/rng';

/** A rule's entry: plain text, or a code word with what it means. */
export type RuleEntry = string | { readonly text: string; readonly gloss: string };
export type RuleLookup = (name: string) => readonly RuleEntry[] | undefined;

export interface Gloss {
  readonly word: string;
  readonly meaning: string;
}

const RULE = /#([A-Za-z]+)#/g;
const SLOT = /\{([A-Za-z]+)\}/g;
const MAX_DEPTH = 6;

export function ruleNames(text: string): string[] {
  return [...text.matchAll(RULE)].map((m) => m[1]);
}

export function slotNames(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1]);
}

/**
 * Expands #rule# references with seeded picks, leaving {slot} placeholders for the
 * facts; code words picked on the way are collected in `glosses`. A tiny tracery:
 * the generator is passed in, never global, so the same message gives the same text.
 */
export function expand(
  template: string,
  lookup: RuleLookup,
  rng: RngState,
  glosses: Gloss[],
  depth = 0,
): string {
  if (depth > MAX_DEPTH || !template.includes('#')) return template;
  return template.replace(RULE, (whole, name: string) => {
    const entries = lookup(name);
    if (!entries) return whole;
    const entry = entries[nextInt(rng, entries.length)];
    if (typeof entry === 'string') return expand(entry, lookup, rng, glosses, depth + 1);
    if (!glosses.some((g) => g.word === entry.text)) glosses.push({ word: entry.text, meaning: entry.gloss });
    return entry.text;
  });
}

/** Puts the facts into their {slot}s. */
export function fillSlots(text: string, slots: Readonly<Record<string, string>>): string {
  return text.replace(SLOT, (whole, name: string) => slots[name] ?? whole);
}
