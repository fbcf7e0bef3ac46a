import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/sim';
import { daysPerSecond } from '../../src/store/pace';
import { daysDue } from '../../src/view/clock';

const PACE = 1.5;

/** Days advanced over `frames` frames of `frameMs` each at `speed`. */
function run(frames: number, frameMs: number, speed: number): number {
  let carry = 0;
  let days = 0;
  for (let f = 0; f < frames; f++) {
    const due = daysDue(carry, frameMs, speed, PACE);
    days += due.days;
    carry = due.carry;
  }
  return days;
}

describe('the play clock', () => {
  it('advances its pace in days a second at 1×, and half, twice and four times that', () => {
    // Whole days only: the fraction still carried at the end may leave one day to come.
    for (const speed of [0.5, 1, 2, 4]) {
      const days = run(600, 1000 / 60, speed);
      expect(days).toBeLessThanOrEqual(10 * PACE * speed);
      expect(days).toBeGreaterThanOrEqual(10 * PACE * speed - 1);
    }
  });

  it('keeps the same pace at a low frame rate', () => {
    expect(Math.abs(run(50, 200, 0.5) - run(600, 1000 / 60, 0.5))).toBeLessThanOrEqual(1);
    expect(Math.abs(run(50, 200, 4) - run(600, 1000 / 60, 4))).toBeLessThanOrEqual(1);
  });

  it('never jumps ahead after a stalled frame or a hidden tab', () => {
    expect(daysDue(0, 60_000, 4, PACE).days).toBeLessThanOrEqual(3);
    expect(daysDue(0, 60_000, 4, PACE).carry).toBeLessThanOrEqual(1);
    expect(daysDue(0.5, -20, 4, PACE)).toEqual({ days: 0, carry: 0.5 });
  });

  it("takes the scenario's play minutes for the whole run at 1×", () => {
    for (const scenario of Object.values(BUILT_IN_SCENARIOS)) {
      const seconds = scenario.days.max / daysPerSecond(scenario);
      expect(seconds).toBeCloseTo(scenario.play.minutes * 60, 6);
    }
    expect(daysPerSecond(BUILT_IN_SCENARIOS.classroom)).toBeCloseTo(1.5, 1);
  });

  it('stands still when paused', () => {
    expect(run(100, 16, 0)).toBe(0);
  });
});
