/**
 * Seeded random streams whose state is plain data, so it can live inside the
 * simulation state, be hashed, copied and replayed. Generator: sfc32.
 */
export type RngState = [number, number, number, number];

/** New streams go at the end: each is seeded from its own name, so adding one leaves the others' draws unchanged. */
export const RNG_STREAMS = ['spread', 'activity', 'risk', 'takedown', 'feed', 'leak'] as const;
export type RngStream = (typeof RNG_STREAMS)[number];
export type RngStreams = Record<RngStream, RngState>;

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A well-mixed 32-bit seed from a seed and some whole numbers (e.g. a message's id and day). */
export function mixSeed(seed: number, ...values: number[]): number {
  let h = splitmix32(seed >>> 0);
  for (const v of values) h = splitmix32(h ^ (v | 0));
  return h;
}

export function createRng(seed: number, stream: string): RngState {
  let x = splitmix32((seed >>> 0) ^ hashString(stream));
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    x = splitmix32(x + i);
    words.push(x);
  }
  const state = words as RngState;
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

export function createStreams(seed: number): RngStreams {
  const streams = {} as RngStreams;
  for (const name of RNG_STREAMS) streams[name] = createRng(seed, name);
  return streams;
}

export function copyStreams(streams: RngStreams): RngStreams {
  const copy = {} as RngStreams;
  for (const name of RNG_STREAMS) copy[name] = [...streams[name]] as RngState;
  return copy;
}

export function nextUint32(s: RngState): number {
  const a = s[0];
  const b = s[1];
  const c = s[2];
  const d = s[3];
  const t = (((a + b) | 0) + d) | 0;
  s[3] = (d + 1) | 0;
  s[0] = b ^ (b >>> 9);
  s[1] = (c + (c << 3)) | 0;
  s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

/** Uniform in [0, 1). */
export function nextFloat(s: RngState): number {
  return nextUint32(s) / 4294967296;
}

/** Uniform integer in [0, n). */
export function nextInt(s: RngState, n: number): number {
  return Math.floor(nextFloat(s) * n);
}

export function chance(s: RngState, p: number): boolean {
  return nextFloat(s) < p;
}

export function pick<T>(s: RngState, items: readonly T[]): T {
  return items[nextInt(s, items.length)];
}

/** Poisson draw; Knuth for small means, a rounded normal approximation for large ones. */
export function poisson(s: RngState, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) {
    const u1 = nextFloat(s) || 1e-12;
    const u2 = nextFloat(s);
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = nextFloat(s);
  while (p > limit) {
    k++;
    p *= nextFloat(s);
  }
  return k;
}

/** Log-normal draw with the given median and spread (sigma of the underlying normal). */
export function logNormal(s: RngState, median: number, sigma: number): number {
  const u1 = nextFloat(s) || 1e-12;
  const u2 = nextFloat(s);
  const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return median * Math.exp(sigma * normal);
}

/** Index drawn in proportion to cumulative weights (ascending, last = total). */
export function pickCumulative(s: RngState, cumulative: ArrayLike<number>): number {
  const target = nextFloat(s) * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
