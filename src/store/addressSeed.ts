import { isValidSeed } from '../sim';

/** The seed asked for in the page's address (`?seed=N`, so a class can all play one network), if valid. */
export function addressSeed(search: string): number | null {
  const asked = Number(new URLSearchParams(search).get('seed') ?? Number.NaN);
  return isValidSeed(asked) ? asked : null;
}
