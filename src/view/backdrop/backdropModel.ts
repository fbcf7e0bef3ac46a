/**
 * The title backdrop's picture, as data: a world-ish field of contacts, the ties between them, and
 * which messages are travelling at a given moment. Pure and deterministic (seeded; time in
 * milliseconds is an argument), so the scene only maps it to pixels and a test can pin it.
 * Coordinates are normalised: x and y in [0, 1] over the whole backdrop.
 */
import { type Random, seededRandom } from '../../store/seededRandom';

export interface BackdropNode {
  readonly x: number;
  readonly y: number;
  /** Hubs are the well-connected contacts: brighter, and linked across oceans. */
  readonly hub: boolean;
}

export interface BackdropLink {
  readonly a: number;
  readonly b: number;
  /** Sideways bow of the drawn curve, as a fraction of the link's length (signed). */
  readonly bend: number;
  /** A hub-to-hub tie between regions. */
  readonly long: boolean;
}

export interface BackdropModel {
  readonly seed: number;
  readonly nodes: readonly BackdropNode[];
  readonly links: readonly BackdropLink[];
  /** Indices into `links`, split by kind, so traffic can favour long ties. */
  readonly longLinks: readonly number[];
  readonly localLinks: readonly number[];
  /** The node where every copied message ends up. */
  readonly listeningPost: number;
}

/** A message (or its copy) in flight. `progress` runs 0→1 while moving, then holds at 1. */
export interface Pulse {
  readonly kind: 'message' | 'copy';
  readonly from: number;
  readonly to: number;
  readonly bend: number;
  readonly progress: number;
  /** Overall brightness 0–1: fades in at the start and out after arrival. */
  readonly strength: number;
}

/** Rough continents as soft blobs: [centre x, centre y, radius x, radius y]. */
const landBlobs: readonly (readonly [number, number, number, number])[] = [
  [0.17, 0.28, 0.1, 0.11], // North America
  [0.25, 0.22, 0.07, 0.08],
  [0.23, 0.43, 0.035, 0.05], // Central America
  [0.31, 0.62, 0.055, 0.1], // South America
  [0.33, 0.76, 0.03, 0.08],
  [0.5, 0.27, 0.045, 0.06], // Europe
  [0.54, 0.52, 0.07, 0.1], // Africa
  [0.57, 0.68, 0.04, 0.07],
  [0.62, 0.4, 0.035, 0.05], // Middle East
  [0.7, 0.27, 0.13, 0.1], // Asia
  [0.7, 0.42, 0.04, 0.06], // South Asia
  [0.8, 0.48, 0.045, 0.05], // South-East Asia
  [0.86, 0.71, 0.055, 0.05], // Australia
  [0.95, 0.8, 0.012, 0.035], // New Zealand
];

/** How "inside land" a point is: >1 inside a blob, falling off smoothly outside. */
function landField(x: number, y: number): number {
  let field = 0;
  for (const [cx, cy, rx, ry] of landBlobs) {
    const dx = (x - cx) / rx;
    const dy = (y - cy) / ry;
    field += Math.exp(1 - (dx * dx + dy * dy));
  }
  return field;
}

export const BACKDROP_SEED = 0x0a11_0b5e;
const GRID_COLUMNS = 64;
const GRID_ROWS = 34;

export function buildBackdropModel(seed: number = BACKDROP_SEED): BackdropModel {
  const rnd = seededRandom(seed);
  const nodes: BackdropNode[] = [];
  for (let row = 0; row < GRID_ROWS; row++) {
    for (let col = 0; col < GRID_COLUMNS; col++) {
      const x = (col + 0.15 + 0.7 * rnd()) / GRID_COLUMNS;
      const y = (row + 0.15 + 0.7 * rnd()) / GRID_ROWS;
      const keep = rnd();
      const hub = rnd() < 0.07;
      if (landField(x, y) > 1 && keep < 0.8) nodes.push({ x, y, hub });
    }
  }

  const links: BackdropLink[] = [];
  const seen = new Set<string>();
  const addLink = (a: number, b: number, long: boolean) => {
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    const bend = (long ? 0.18 : 0.08) * (rnd() < 0.5 ? -1 : 1) * (0.5 + rnd());
    links.push({ a, b, bend, long });
  };

  // Local ties: each contact to its two nearest neighbours.
  const all = nodes.map((_, i) => i);
  for (let i = 0; i < nodes.length; i++) {
    for (const j of nearest(nodes, i, all, 2)) addLink(i, j, false);
  }
  // Hub ties: each hub to its nearest hubs, plus one far hub so traffic crosses oceans.
  const hubs = all.filter((i) => nodes[i].hub);
  for (const i of hubs) {
    for (const j of nearest(nodes, i, hubs, 2)) addLink(i, j, true);
    addLink(i, hubs[Math.floor(rnd() * hubs.length)], true);
  }

  const listeningPost = nearest(nodes, -1, hubs, 1, { x: 0.86, y: 0.7 })[0] ?? 0;
  const longLinks = links.flatMap((link, i) => (link.long ? [i] : []));
  const localLinks = links.flatMap((link, i) => (link.long ? [] : [i]));
  return { seed, nodes, links, longLinks, localLinks, listeningPost };
}

/**
 * The `count` nodes of `among` nearest to `from` (default: node `self`), nearest first; of equally
 * near ones the earlier in `among`. One pass keeping the best few: the title builds this on load.
 */
function nearest(
  nodes: readonly BackdropNode[],
  self: number,
  among: readonly number[],
  count: number,
  from: { x: number; y: number } = nodes[self],
): number[] {
  const best: number[] = [];
  const distances: number[] = [];
  for (const j of among) {
    if (j === self) continue;
    const d = (nodes[j].x - from.x) ** 2 + (nodes[j].y - from.y) ** 2;
    if (best.length === count && d >= distances[count - 1]) continue;
    let at = Math.min(best.length, count - 1);
    while (at > 0 && distances[at - 1] > d) {
      best[at] = best[at - 1];
      distances[at] = distances[at - 1];
      at--;
    }
    best[at] = j;
    distances[at] = d;
  }
  return best;
}

/** Timing of the traffic, in milliseconds: a calm pace, a new message a little over once a second. */
export const pulseTiming = {
  slot: 1100,
  message: 3400,
  copy: 2600,
  fadeIn: 400,
  linger: 1200,
} as const;

/** A moment at which a still image looks busy but calm; used as the reduced-motion frame. */
export const STATIC_FRAME_MS = 12_345;

/** Every message and copy visible at time `ms` (pure: the same time always gives the same pulses). */
export function pulsesAt(model: BackdropModel, ms: number): Pulse[] {
  const { slot, message, copy, linger } = pulseTiming;
  const pulses: Pulse[] = [];
  if (model.links.length === 0) return pulses;
  const lifetime = message + copy + linger;
  const first = Math.max(0, Math.floor((ms - lifetime) / slot));
  const last = Math.floor(ms / slot);
  for (let k = first; k <= last; k++) {
    const rnd = seededRandom(model.seed, k);
    const start = k * slot + rnd() * slot * 0.6;
    const link = pickLink(model, rnd);
    const forward = rnd() < 0.5;
    const from = forward ? link.a : link.b;
    const to = forward ? link.b : link.a;
    const age = ms - start;
    if (age < 0) continue;
    pulses.push(phase('message', from, to, forward ? link.bend : -link.bend, age, message));
    const copyAge = age - message;
    if (copyAge >= 0 && to !== model.listeningPost) {
      pulses.push(phase('copy', to, model.listeningPost, 0.22 * Math.sign(link.bend || 1), copyAge, copy));
    }
  }
  return pulses.filter((p) => p.strength > 0);
}

/** Mostly long links, so traffic is visible across the map, not only inside clusters. */
function pickLink(model: BackdropModel, rnd: Random): BackdropLink {
  const wantLong = rnd() < 0.7;
  const pool = (wantLong && model.longLinks.length > 0) || model.localLinks.length === 0;
  const indices = pool ? model.longLinks : model.localLinks;
  return model.links[indices[Math.floor(rnd() * indices.length)]];
}

function phase(
  kind: Pulse['kind'],
  from: number,
  to: number,
  bend: number,
  age: number,
  travel: number,
): Pulse {
  const { fadeIn, linger } = pulseTiming;
  const progress = Math.min(1, age / travel);
  const fadingIn = Math.min(1, age / fadeIn);
  const fadingOut = age <= travel ? 1 : Math.max(0, 1 - (age - travel) / linger);
  return { kind, from, to, bend, progress: easeInOut(progress), strength: fadingIn * fadingOut };
}

function easeInOut(p: number): number {
  return p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
}

/** Point on the bowed link from (x0, y0) to (x1, y1) at parameter u (quadratic Bézier). */
export function pointOnCurve(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  bend: number,
  u: number,
): { x: number; y: number } {
  const cx = (x0 + x1) / 2 - (y1 - y0) * bend;
  const cy = (y0 + y1) / 2 + (x1 - x0) * bend;
  const v = 1 - u;
  return { x: v * v * x0 + 2 * v * u * cx + u * u * x1, y: v * v * y0 + 2 * v * u * cy + u * u * y1 };
}
