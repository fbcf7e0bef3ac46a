/**
 * Which syndicate a click or tap picks: on the zoomed-out map the marker drawn on top there, zoomed
 * in the syndicate whose packed circle holds the point (so a person picks their syndicate); near
 * none, the nearest within a finger's reach.
 */
import { markerRadius } from '../draw/drawMarkers';
import type { Arrangement } from '../layout/networkLayout';
import { toScreenX, toScreenY, type Viewport } from './viewport';

/**
 * A tap reaches this far (CSS px) from a target's centre however small it is drawn: every target
 * is at least 44 px across for a finger.
 */
export const TAP_REACH = 22;

/**
 * Which of `count` targets a tap picks, given each one's distance (px) from the tap to its centre
 * and its drawn radius (px): the last one drawn under the tap (targets are drawn in index order, so
 * the last is on top); failing that, the nearest centre within `reach`.
 */
export function nearestWithin(
  count: number,
  distance: (i: number) => number,
  radius: (i: number) => number,
  reach = TAP_REACH,
): number | null {
  let onTop: number | null = null;
  let nearest: number | null = null;
  let nearestDistance = reach;
  for (let i = 0; i < count; i++) {
    const d = distance(i);
    if (d <= radius(i)) onTop = i;
    else if (d <= nearestDistance) {
      nearest = i;
      nearestDistance = d;
    }
  }
  return onTop ?? nearest;
}

export function syndicateAt(
  arrangement: Arrangement,
  firstMember: Int32Array,
  view: Viewport,
  markers: boolean,
  sx: number,
  sy: number,
): number | null {
  const distance = (s: number) =>
    Math.hypot(
      toScreenX(view, arrangement.syndicateX[s]) - sx,
      toScreenY(view, arrangement.syndicateY[s]) - sy,
    );
  // Zoomed out, markers (which may overlap); zoomed in, each syndicate's packed circle of people.
  const radius = markers
    ? (s: number) => markerRadius(arrangement, view, s, firstMember[s + 1] - firstMember[s])
    : (s: number) => arrangement.syndicateR[s] * view.scale;
  return nearestWithin(arrangement.syndicateR.length, distance, radius);
}

/** The syndicate nearest the centre of the screen (for keyboard selection without a cursor). */
export function syndicateNearestCentre(arrangement: Arrangement, view: Viewport): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let s = 0; s < arrangement.syndicateR.length; s++) {
    const d = Math.hypot(arrangement.syndicateX[s] - view.cx, arrangement.syndicateY[s] - view.cy);
    if (d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}
