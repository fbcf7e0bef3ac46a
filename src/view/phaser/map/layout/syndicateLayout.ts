/**
 * Where each person sits inside their syndicate: the core (boss in the middle, lieutenants around)
 * and every cell as a small sunflower of its members, the groups circle-packed around the core.
 * Units are "person slots": every person owns a disc of radius 1, so people never overlap and one
 * zoom level shows every syndicate's people at the same size. Computed once per network.
 */
import type { Network } from '../../../../sim';
import { type Circle, packSiblings } from './packSiblings';

/** Distance scale of the sunflower (r = c·√(k + ½)): neighbours end up about two slot radii apart. */
const SUNFLOWER_SPACING = 1.12;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Room left between neighbouring groups, in slot radii. */
const GROUP_PADDING = 0.35;

export interface SyndicateLayout {
  /** Offset of each person from their syndicate's centre, in slot units. */
  readonly localX: Float32Array;
  readonly localY: Float32Array;
  /** Radius of each syndicate's packed circle, in slot units. */
  readonly radius: Float32Array;
}

/** Offset of the k-th of a sunflower's members from its centre (k = 0 is nearest the middle). */
export function sunflowerPoint(k: number): { x: number; y: number } {
  const r = SUNFLOWER_SPACING * Math.sqrt(k + 0.5);
  const angle = k * GOLDEN_ANGLE;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export function sunflowerRadius(count: number): number {
  return SUNFLOWER_SPACING * Math.sqrt(Math.max(0, count - 0.5)) + 1;
}

interface Group extends Circle {
  readonly first: number;
  readonly count: number;
}

export function layoutSyndicates(net: Network): SyndicateLayout {
  const localX = new Float32Array(net.size);
  const localY = new Float32Array(net.size);
  const radius = new Float32Array(net.syndicateCount);
  for (let s = 0; s < net.syndicateCount; s++) {
    const groups = syndicateGroups(net, s);
    radius[s] = packSiblings(groups);
    for (const group of groups) {
      for (let k = 0; k < group.count; k++) {
        const p = sunflowerPoint(k);
        localX[group.first + k] = group.x + p.x;
        localY[group.first + k] = group.y + p.y;
      }
    }
  }
  return { localX, localY, radius };
}

/** The core, then each cell, as circles to pack (people of a group are numbered contiguously). */
function syndicateGroups(net: Network, s: number): Group[] {
  const start = net.firstMember[s];
  const end = net.firstMember[s + 1];
  const groups: Group[] = [];
  let p = start;
  while (p < end) {
    const cell = net.cellOf[p];
    let q = p + 1;
    while (q < end && net.cellOf[q] === cell) q++;
    const count = q - p;
    groups.push({ x: 0, y: 0, r: sunflowerRadius(count) + GROUP_PADDING, first: p, count });
    p = q;
  }
  return groups;
}
