import { describe, expect, it } from 'vitest';
import { type Frame, linearScale, niceTicks } from '../../src/view/ui/debrief/chartGeometry';

const FRAME: Frame = { width: 420, height: 220, left: 20, right: 0, top: 20, bottom: 0 };

describe('chart geometry', () => {
  it('ticks on round steps from 0 to at least the largest value', () => {
    expect(niceTicks(970, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0.4, 3)).toEqual([0, 0.2, 0.4]);
    expect(niceTicks(0)).toEqual([0, 0.5, 1]);
  });

  it('reaches below 0 when the smallest value does, keeping 0 a tick', () => {
    expect(niceTicks(7089, 4, 139)).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(niceTicks(500, 4, -300)).toEqual([-400, -200, 0, 200, 400, 600]);
    expect(niceTicks(-50, 4, -300)).toEqual([-300, -200, -100, 0]);
  });

  it('maps days across and values up, from yMin when given', () => {
    const scale = linearScale(FRAME, 100, 50);
    expect([scale.x(0), scale.x(100), scale.y(0), scale.y(50)]).toEqual([20, 420, 220, 20]);
    const below = linearScale(FRAME, 100, 100, { yMin: -100 });
    expect([below.y(-100), below.y(0), below.y(100)]).toEqual([220, 120, 20]);
    expect(linearScale(FRAME, 100, 10, { plotBottom: 120 }).y(0)).toBe(120);
  });
});
