import { createRng, mixSeed, nextFloat } from '../sim';

export type Random = () => number;

/**
 * Floats in [0, 1) for decoration (the title's backdrop, where a country's syndicates sit), from the
 * core's own seeded generator: the same seed always draws the same picture. `mix` gives one
 * generator per slot (a country, a pulse) from the same seed.
 */
export function seededRandom(seed: number, ...mix: number[]): Random {
  const rng = createRng(mixSeed(seed, ...mix), 'decoration');
  return () => nextFloat(rng);
}
