/**
 * Which syndicate is under a screen point: on the zoomed-out map the marker drawn on top there,
 * zoomed in the syndicate whose packed circle holds the point.
 */
import { markerRadius } from '../draw/drawMarkers';
import type { Arrangement } from '../layout/networkLayout';
import { toScreenX, toScreenY, toWorld, type Viewport } from './viewport';

/** Extra reach around small markers, in pixels, so a finger or a shaky hand still hits them. */
const SLOP = 6;

export function syndicateAt(
  arrangement: Arrangement,
  firstMember: Int32Array,
  view: Viewport,
  markers: boolean,
  sx: number,
  sy: number,
): number | null {
  const count = arrangement.syndicateR.length;
  if (!markers) {
    // Zoomed in, syndicates do not overlap: the one whose circle holds the point.
    const world = toWorld(view, sx, sy);
    for (let s = 0; s < count; s++) {
      const r = arrangement.syndicateR[s];
      const dx = arrangement.syndicateX[s] - world.x;
      const dy = arrangement.syndicateY[s] - world.y;
      if (dx * dx + dy * dy <= r * r) return s;
    }
    return null;
  }
  // Markers are drawn in syndicate order, so the last one under the point is the one on top;
  // failing that, the marker whose edge is nearest, within a finger's slop.
  let onTop: number | null = null;
  let nearest: number | null = null;
  let nearestGap = SLOP;
  for (let s = 0; s < count; s++) {
    const r = markerRadius(arrangement, view, s, firstMember[s + 1] - firstMember[s]);
    const d = Math.hypot(
      toScreenX(view, arrangement.syndicateX[s]) - sx,
      toScreenY(view, arrangement.syndicateY[s]) - sy,
    );
    if (d <= r) onTop = s;
    else if (d - r <= nearestGap) {
      nearest = s;
      nearestGap = d - r;
    }
  }
  return onTop ?? nearest;
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
