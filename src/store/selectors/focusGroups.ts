import { languageOf, type SimState } from '../../sim';

export interface FocusGroup {
  /** What the group shares: a country's ISO code, or the BCP 47 code of the language its messages are in. */
  readonly key: string;
  readonly syndicates: readonly number[];
}

/** Syndicates on the platform grouped by country and by the language their messages are in, largest groups first. */
export function focusGroups(
  sim: SimState,
  syndicates: readonly number[],
): { countries: FocusGroup[]; languages: FocusGroup[] } {
  const byCountry = new Map<string, number[]>();
  const byLanguage = new Map<string, number[]>();
  for (const s of syndicates) {
    const country = sim.net.countries[sim.net.syndicateCountry[s]];
    byCountry.set(country.iso2, [...(byCountry.get(country.iso2) ?? []), s]);
    const language = languageOf(country);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), s]);
  }
  const groups = (map: Map<string, number[]>) =>
    [...map]
      .map(([key, list]) => ({ key, syndicates: list }))
      .sort((a, b) => b.syndicates.length - a.syndicates.length || a.key.localeCompare(b.key));
  return { countries: groups(byCountry), languages: groups(byLanguage) };
}
