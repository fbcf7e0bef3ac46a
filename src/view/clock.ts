import type { AppStore } from '../store/appStore';
import { daysPerSecond } from '../store/pace';
import { clockRuns } from '../store/selectors/clockGate';

/** A longer frame (a stall, a hidden tab) counts as this long, so time never jumps ahead in a burst. */
const LONGEST_FRAME_MS = 250;
/** Never more days than this in one frame, however slow the machine. */
const MOST_DAYS_PER_FRAME = 3;

/**
 * The days due after a frame of `frameMs` at `speed`, and the fraction of a day carried over.
 * Pure, so the pacing is tested without a browser.
 */
export function daysDue(
  carry: number,
  frameMs: number,
  speed: number,
  pace: number,
): { days: number; carry: number } {
  const due = carry + (Math.min(Math.max(frameMs, 0), LONGEST_FRAME_MS) / 1000) * pace * speed;
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
    const { game, speed } = store.getState();
    if (last !== null && game !== null && clockRuns(store.getState())) {
      const due = daysDue(carry, now - last, speed, daysPerSecond(game.scenario));
      carry = due.carry;
      // An alert raised by one day stops the rest of this frame's days.
      for (let d = 0; d < due.days && clockRuns(store.getState()); d++) {
        const state = store.getState();
        // In presenter mode the policy plays each day (store/presenterSlice.ts).
        if (state.presenter !== null) state.presentDay();
        else state.advanceDay();
      }
    } else {
      carry = 0;
    }
    last = now;
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}
