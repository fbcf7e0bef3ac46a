import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Circle, packSiblings } from '../../../src/view/phaser/map/layout/packSiblings';

const circles = (radii: number[]): Circle[] => radii.map((r) => ({ x: 0, y: 0, r }));

describe('packSiblings (front-chain circle packing)', () => {
  it('packs without overlaps, inside the returned radius, for any radii (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.5, max: 20, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (radii) => {
          const packed = circles(radii);
          const radius = packSiblings(packed);
          for (let i = 0; i < packed.length; i++) {
            const a = packed[i];
            expect(Math.hypot(a.x, a.y) + a.r).toBeLessThanOrEqual(radius + 1e-6);
            for (let j = i + 1; j < packed.length; j++) {
              const b = packed[j];
              expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 1e-4);
            }
          }
        },
      ),
      { seed: 0x5eed, numRuns: 200 },
    );
  });

  it('is reasonably tight: equal circles fill over half the enclosing disc', () => {
    const packed = circles(Array.from({ length: 200 }, () => 1));
    const radius = packSiblings(packed);
    expect((200 * 1) / radius ** 2).toBeGreaterThan(0.5);
  });

  it('is deterministic', () => {
    const a = circles([3, 1, 4, 1, 5, 9, 2, 6]);
    const b = circles([3, 1, 4, 1, 5, 9, 2, 6]);
    expect(packSiblings(a)).toBe(packSiblings(b));
    expect(a).toEqual(b);
  });
});
