/** Seeds are 32-bit unsigned integers: every one gives a different, reproducible run. */
export const MAX_SEED = 2 ** 32 - 1;

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}
