import type { SimState } from '../model/state';

/**
 * Each country's officers for the day of action: the scenario's officers split by its share of
 * the network's members, by largest remainder so the shares add up to every officer (ties go
 * to the country listed first). Indexed like `net.countries`.
 */
export function countryOfficers(state: SimState): Int32Array {
  const { net } = state;
  const total = state.scenario.takedown.officers;
  const members = new Float64Array(net.countries.length);
  for (let p = 0; p < net.size; p++) members[net.countryOf[p]]++;
  const officers = new Int32Array(net.countries.length);
  const remainders: { c: number; r: number }[] = [];
  let given = 0;
  for (let c = 0; c < net.countries.length; c++) {
    const exact = (total * members[c]) / net.size;
    officers[c] = Math.floor(exact);
    given += officers[c];
    remainders.push({ c, r: exact - officers[c] });
  }
  remainders.sort((a, b) => b.r - a.r || a.c - b.c);
  for (let i = 0; i < total - given; i++) officers[remainders[i].c]++;
  return officers;
}

/** Officers the countries in a plan bring (ISO codes; an empty list is every country: all officers). */
export function officersBrought(state: SimState, countries: readonly string[]): number {
  if (countries.length === 0) return state.scenario.takedown.officers;
  const chosen = new Set(countries);
  const shares = countryOfficers(state);
  let officers = 0;
  state.net.countries.forEach((c, i) => {
    if (chosen.has(c.iso2)) officers += shares[i];
  });
  return officers;
}
