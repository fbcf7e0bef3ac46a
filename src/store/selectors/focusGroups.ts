import { languageLabel, type SimState } from '../../sim';

export interface FocusGroup {
  readonly label: string;
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
    byCountry.set(country.name, [...(byCountry.get(country.name) ?? []), s]);
    const language = languageLabel(country);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), s]);
  }
  const groups = (map: Map<string, number[]>) =>
    [...map]
      .map(([label, list]) => ({ label, syndicates: list }))
      .sort((a, b) => b.syndicates.length - a.syndicates.length || a.label.localeCompare(b.label));
  return { countries: groups(byCountry), languages: groups(byLanguage) };
}
