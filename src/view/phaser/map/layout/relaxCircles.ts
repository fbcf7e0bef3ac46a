/**
 * Push overlapping circles apart while springs pull each back towards its anchor (a Dorling-style
 * cartogram step). Run once when a layout is built, never per frame: ~100 circles × a few hundred
 * rounds take a few milliseconds. Deterministic: fixed order, no randomness.
 */

export interface AnchoredCircle {
  x: number;
  y: number;
  readonly r: number;
  readonly anchorX: number;
  readonly anchorY: number;
}

export interface RelaxOptions {
  readonly rounds: number;
  /** Pull back to the anchor per round, 0–1 of the distance. */
  readonly spring: number;
  /** Gap to keep between circles, in the circles' units. */
  readonly gap: number;
}

export function relaxCircles(circles: AnchoredCircle[], options: RelaxOptions): void {
  const n = circles.length;
  for (let round = 0; round < options.rounds; round++) {
    for (const c of circles) {
      c.x += (c.anchorX - c.x) * options.spring;
      c.y += (c.anchorY - c.y) * options.spring;
    }
    for (let i = 0; i < n; i++) {
      const a = circles[i];
      for (let j = i + 1; j < n; j++) {
        const b = circles[j];
        const min = a.r + b.r + options.gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const d2 = dx * dx + dy * dy;
        if (d2 >= min * min) continue;
        let d = Math.sqrt(d2);
        if (d < 1e-9) {
          // Same spot: separate along a fixed direction that depends on the pair only.
          dx = Math.cos(i * 2.4 + j);
          dy = Math.sin(i * 2.4 + j);
          d = 1;
        }
        // Heavier (bigger) circles move less.
        const wa = b.r * b.r;
        const wb = a.r * a.r;
        const push = (min - d) / d / (wa + wb);
        a.x -= dx * push * wa;
        a.y -= dy * push * wa;
        b.x += dx * push * wb;
        b.y += dy * push * wb;
      }
    }
  }
}
