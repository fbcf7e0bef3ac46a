/**
 * The arithmetic of the map's gestures, apart from Phaser's input so it is testable in Node: when a
 * press is a tap rather than a drag, and what a two-finger move does to the view.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How far (CSS px) a pointer may stray from where it went down for its release to count as a tap. */
export const TAP_SLOP = 10;

/** A press whose pointer never got farther than `farthest` px from where it went down is a tap. */
export function isTap(farthest: number): boolean {
  return farthest < TAP_SLOP;
}

/** The farthest a pointer has been from `start`, now that it is at `at`. */
export function farthestFrom(start: Point, at: Point, farthest: number): number {
  return Math.max(farthest, Math.hypot(at.x - start.x, at.y - start.y));
}

export interface PinchStep {
  /** Pan by this much first: the fingers' midpoint moved (dx, dy) px. */
  readonly dx: number;
  readonly dy: number;
  /** Then zoom by `factor` about the new midpoint (x, y). */
  readonly factor: number;
  readonly x: number;
  readonly y: number;
}

/**
 * One step of a two-finger gesture, from where the fingers were to where they are: the world point
 * that was under their midpoint follows the midpoint, and the scale follows their spread. Fingers
 * on the same spot give no zoom (factor 1).
 */
export function pinchStep(before: readonly [Point, Point], after: readonly [Point, Point]): PinchStep {
  const [a, b] = before;
  const [c, d] = after;
  const from = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const to = { x: (c.x + d.x) / 2, y: (c.y + d.y) / 2 };
  const spreadBefore = Math.hypot(a.x - b.x, a.y - b.y);
  const spreadAfter = Math.hypot(c.x - d.x, c.y - d.y);
  const factor = spreadBefore > 0 && spreadAfter > 0 ? spreadAfter / spreadBefore : 1;
  return { dx: to.x - from.x, dy: to.y - from.y, factor, x: to.x, y: to.y };
}
