import type { AppStore } from '../store/appStore';
import { clockRuns } from '../store/selectors/clockGate';

/** Days per second at 1×: a ~970-day classroom run takes ~11 minutes of clock at 1×, ~3 at 4×. */
export const DAYS_PER_SECOND = 1.5;
/** A longer frame (a stall, a hidden tab) counts as this long, so time never jumps ahead in a burst. */
const LONGEST_FRAME_MS = 250;
/** Never more days than this in one frame, however slow the machine. */
const MOST_DAYS_PER_FRAME = 3;

/**
 * The days due after a frame of `frameMs` at `speed`, and the fraction of a day carried over.
 * Pure, so the pacing is tested without a browser.
 */
export function daysDue(carry: number, frameMs: number, speed: number): { days: number; carry: number } {
  const due = carry + (Math.min(Math.max(frameMs, 0), LONGEST_FRAME_MS) / 1000) * DAYS_PER_SECOND * speed;
  const days = Math.min(Math.floor(due), MOST_DAYS_PER_FRAME);
  return { days, carry: Math.min(due - days, 1) };
}

/**
 * The play clock: owns wall-clock time (requestAnimationFrame deltas) and advances the game a
 * day at a time at the chosen speed while nothing waits for the player. Returns a stop function.
 */
export function startClock(store: AppStore): () => void {
  let last: number | null = null;
  let carry = 0;
  let handle = 0;
  const frame = (now: number) => {
    if (last !== null && clockRuns(store.getState())) {
      const due = daysDue(carry, now - last, store.getState().speed);
      carry = due.carry;
      // An alert raised by one day stops the rest of this frame's days.
      for (let d = 0; d < due.days && clockRuns(store.getState()); d++) store.getState().advanceDay();
    } else {
      carry = 0;
    }
    last = now;
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}
