import { describe, expect, it } from 'vitest';
import { nearestWithin, TAP_REACH } from '../../../src/view/phaser/map/view/hitTest';

/** Targets on a line at these x positions (y = 0) with these drawn radii; the tap is at (x, 0). */
function pick(xs: number[], radii: number[], x: number): number | null {
  return nearestWithin(
    xs.length,
    (i) => Math.abs(xs[i] - x),
    (i) => radii[i],
  );
}

describe('picking the target of a tap', () => {
  it('gives every target at least a 44 px hit area, however small it is drawn', () => {
    expect(TAP_REACH * 2).toBeGreaterThanOrEqual(44);
    expect(pick([100], [3], 100 + TAP_REACH)).toBe(0);
    expect(pick([100], [3], 100 - TAP_REACH)).toBe(0);
    expect(pick([100], [3], 100 + TAP_REACH + 1)).toBeNull();
  });

  it('picks the nearest centre within reach when the tap is on none', () => {
    expect(pick([100, 130], [3, 3], 112)).toBe(0);
    expect(pick([100, 130], [3, 3], 118)).toBe(1);
  });

  it('prefers the target drawn under the tap, the last drawn (on top) first', () => {
    // The tap is nearer the small target's centre but on the large one's disc.
    expect(pick([100, 140], [3, 35], 108)).toBe(1);
    // Two discs under the tap: the later one is drawn over the earlier.
    expect(pick([100, 104], [10, 10], 102)).toBe(1);
  });

  it('finds nothing among no targets', () => {
    expect(pick([], [], 0)).toBeNull();
  });
});
