import type { Arrangement } from '../layout/networkLayout';
import { type Viewport, visibleBounds } from './viewport';

/**
 * Mark (1) the syndicates whose circle reaches into the screen, with `marginPx` for rings and
 * outlines: only their people are drawn, and ties with at least one end among them.
 */
export function markShownSyndicates(
  view: Viewport,
  arrangement: Arrangement,
  out: Uint8Array,
  marginPx = 4,
): Uint8Array {
  const box = visibleBounds(view);
  const margin = marginPx / view.scale;
  for (let s = 0; s < out.length; s++) {
    const r = arrangement.syndicateR[s] + margin;
    const x = arrangement.syndicateX[s];
    const y = arrangement.syndicateY[s];
    out[s] = x + r >= box.minX && x - r <= box.maxX && y + r >= box.minY && y - r <= box.maxY ? 1 : 0;
  }
  return out;
}
