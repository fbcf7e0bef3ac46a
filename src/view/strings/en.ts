/**
 * Every user-facing string of the browser game, in English.
 *
 * A translation is another object of type `Catalogue` (same keys, translated values); switching
 * language means passing it to `setCatalogue`, with no change to any component. Placeholders are
 * written `{name}` and filled by `t(key, { name: value })`.
 */
export const en = {
  /** BCP 47 tag of this catalogue's language, set on <html lang>. */
  'meta.lang': 'en',
  'app.name': 'Backchannel',
  'app.documentTitle': 'Backchannel — a classroom game about a covert investigation',
  'app.documentTitle.comingNext': 'Coming next — Backchannel',

  'title.eyebrow': 'Operations briefing',
  'title.tagline': 'A classroom game about a covert investigation',
  'title.story':
    'In 2021 police forces revealed that an “encrypted” phone sold to organised crime had been theirs all along: every message sent on it was quietly copied to investigators.',
  'title.role':
    'In Backchannel you run that task force. Choose who gets the first handsets, read what you can, protect people in danger, and decide when to act before the secret leaks.',
  'title.fiction': 'All people, groups and messages in the game are invented.',
  'title.start': 'Start',

  'comingNext.heading': 'Coming next',
  'comingNext.body':
    'Choosing a scenario is the next part of the game to be built. For now, this is as far as the briefing goes.',
  'comingNext.back': 'Back to the title screen',
} as const;

export type StringKey = keyof typeof en;

/** The shape every language must have: the same keys as English, any text. */
export type Catalogue = { readonly [K in StringKey]: string };

let active: Catalogue = en;

/** Switch the language used by `t` (e.g. before mounting the UI). */
export function setCatalogue(catalogue: Catalogue): void {
  active = catalogue;
}

/** The text for `key` in the active language, with `{name}` placeholders filled from `params`. */
export function t(key: StringKey, params?: Readonly<Record<string, string | number>>): string {
  const text = active[key];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
