/**
 * Front-chain circle packing (Wang, Wang, Dai & Wang 2006, "Visualization of large hierarchical
 * data by circle packing"), as in d3-hierarchy's packSiblings: each circle is placed tangent to two
 * circles on the front chain, as close to the centre as possible. Deterministic: the order of the
 * input decides the picture. O(n) amortised per circle, so a whole network packs in milliseconds.
 */

export interface Circle {
  x: number;
  y: number;
  readonly r: number;
}

interface ChainNode {
  readonly circle: Circle;
  next: ChainNode;
  previous: ChainNode;
}

/** Place `c` tangent to both `a` and `b` (on the left of a→b). */
function place(b: Circle, a: Circle, c: Circle): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d2 = dx * dx + dy * dy;
  if (d2 > 0) {
    const a2 = (a.r + c.r) ** 2;
    const b2 = (b.r + c.r) ** 2;
    if (a2 > b2) {
      const x = (d2 + b2 - a2) / (2 * d2);
      const y = Math.sqrt(Math.max(0, b2 / d2 - x * x));
      c.x = b.x - x * dx - y * dy;
      c.y = b.y - x * dy + y * dx;
    } else {
      const x = (d2 + a2 - b2) / (2 * d2);
      const y = Math.sqrt(Math.max(0, a2 / d2 - x * x));
      c.x = a.x + x * dx - y * dy;
      c.y = a.y + x * dy + y * dx;
    }
  } else {
    c.x = a.x + c.r;
    c.y = a.y;
  }
}

function intersects(a: Circle, b: Circle): boolean {
  const dr = a.r + b.r - 1e-6;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return dr > 0 && dr * dr > dx * dx + dy * dy;
}

/** Squared distance from the origin of the weighted midpoint of a chain link. */
function score(node: ChainNode): number {
  const a = node.circle;
  const b = node.next.circle;
  const ab = a.r + b.r;
  const dx = (a.x * b.r + b.x * a.r) / ab;
  const dy = (a.y * b.r + b.y * a.r) / ab;
  return dx * dx + dy * dy;
}

function link(circle: Circle): ChainNode {
  const node = { circle } as ChainNode;
  node.next = node;
  node.previous = node;
  return node;
}

/**
 * Pack `circles` in place (sets x and y) around the origin, and return the radius of a circle
 * centred on the origin that encloses them all. The first circle ends up near the centre.
 */
export function packSiblings(circles: Circle[]): number {
  const n = circles.length;
  if (n === 0) return 0;
  circles[0].x = 0;
  circles[0].y = 0;
  if (n === 1) return circles[0].r;
  circles[0].x = -circles[1].r;
  circles[1].x = circles[0].r;
  circles[1].y = 0;
  if (n > 2) {
    place(circles[1], circles[0], circles[2]);
    let a = link(circles[0]);
    let b = link(circles[1]);
    let c = link(circles[2]);
    a.next = c.previous = b;
    b.next = a.previous = c;
    c.next = b.previous = a;

    pack: for (let i = 3; i < n; i++) {
      place(a.circle, b.circle, circles[i]);
      c = link(circles[i]);
      // Find the closest circle on the front chain that the new one overlaps, if any.
      let j = b.next;
      let k = a.previous;
      let sj = b.circle.r;
      let sk = a.circle.r;
      do {
        if (sj <= sk) {
          if (intersects(j.circle, c.circle)) {
            b = j;
            a.next = b;
            b.previous = a;
            i--;
            continue pack;
          }
          sj += j.circle.r;
          j = j.next;
        } else {
          if (intersects(k.circle, c.circle)) {
            a = k;
            a.next = b;
            b.previous = a;
            i--;
            continue pack;
          }
          sk += k.circle.r;
          k = k.previous;
        }
      } while (j !== k.next);

      // Insert c between a and b, then move the chain's anchor to the link nearest the centre.
      c.previous = a;
      c.next = b;
      a.next = b.previous = b = c;
      let best = score(a);
      for (c = c.next; c !== b; c = c.next) {
        const s = score(c);
        if (s < best) {
          a = c;
          best = s;
        }
      }
      b = a.next;
    }
  }
  return recentre(circles);
}

/**
 * Move the circles so their bounding box is centred on the origin; return the radius that
 * encloses them from there. (Not the minimal enclosing circle, but within a few per cent of it.)
 */
function recentre(circles: Circle[]): number {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const c of circles) {
    minX = Math.min(minX, c.x - c.r);
    minY = Math.min(minY, c.y - c.r);
    maxX = Math.max(maxX, c.x + c.r);
    maxY = Math.max(maxY, c.y + c.r);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  let radius = 0;
  for (const c of circles) {
    c.x -= cx;
    c.y -= cy;
    radius = Math.max(radius, Math.hypot(c.x, c.y) + c.r);
  }
  return radius;
}
