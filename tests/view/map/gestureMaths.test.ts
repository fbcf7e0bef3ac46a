import { describe, expect, it } from 'vitest';
import { farthestFrom, isTap, pinchStep, TAP_SLOP } from '../../../src/view/phaser/map/input/gestureMaths';

describe('the map gestures’ arithmetic', () => {
  it('tells a tap from a drag by how far the pointer strayed, not by where it ended', () => {
    const start = { x: 100, y: 100 };
    let farthest = farthestFrom(start, { x: 103, y: 104 }, 0);
    expect(farthest).toBeCloseTo(5);
    expect(isTap(farthest)).toBe(true);
    // Out and back again: a drag, though it was released where it started.
    farthest = farthestFrom(start, { x: 100 + TAP_SLOP * 3, y: 100 }, farthest);
    farthest = farthestFrom(start, start, farthest);
    expect(farthest).toBe(TAP_SLOP * 3);
    expect(isTap(farthest)).toBe(false);
  });

  it('zooms by the ratio of the fingers’ spread, about their midpoint', () => {
    const step = pinchStep(
      [
        { x: 100, y: 200 },
        { x: 200, y: 200 },
      ],
      [
        { x: 50, y: 200 },
        { x: 250, y: 200 },
      ],
    );
    expect(step.factor).toBeCloseTo(2);
    expect({ x: step.x, y: step.y }).toEqual({ x: 150, y: 200 });
    expect({ dx: step.dx, dy: step.dy }).toEqual({ dx: 0, dy: 0 });
  });

  it('pans by the midpoint’s movement when both fingers move together', () => {
    const step = pinchStep(
      [
        { x: 100, y: 100 },
        { x: 140, y: 130 },
      ],
      [
        { x: 110, y: 80 },
        { x: 150, y: 110 },
      ],
    );
    expect(step.factor).toBeCloseTo(1);
    expect(step.dx).toBeCloseTo(10);
    expect(step.dy).toBeCloseTo(-20);
    expect({ x: step.x, y: step.y }).toEqual({ x: 130, y: 95 });
  });

  it('does not zoom when the fingers start or end on the same spot', () => {
    const same = { x: 10, y: 10 };
    expect(pinchStep([same, same], [same, { x: 30, y: 10 }]).factor).toBe(1);
    expect(pinchStep([same, { x: 30, y: 10 }], [same, same]).factor).toBe(1);
  });
});
