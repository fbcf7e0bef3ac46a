/**
 * What runs inside a benchmark page while it is measured: the clock plays at `daysPerSecond` (the
 * game's 4× speed by default), calling `window.__benchStep()` once per due day, paced by animation
 * frames exactly as the game's own clock is (src/view/clock.ts: at most 250 ms of time and three
 * days per frame); requestAnimationFrame callbacks are counted over `ms` after a warm-up.
 *
 * It is plain JavaScript text, not a TypeScript function: tsx adds helpers (__name) to functions it
 * compiles, which would not exist in the page Playwright sends the source to.
 */
export interface FrameCount {
  readonly fps: number;
  readonly frames: number;
  readonly seconds: number;
  readonly days: number;
}

export interface FrameCountOptions {
  readonly warmupMs: number;
  readonly ms: number;
  readonly daysPerSecond: number;
}

const SOURCE = `(options) => new Promise((resolve) => {
  const step = window.__benchStep;
  let last = null, carry = 0, days = 0, start = null, frames = 0;
  const begin = performance.now();
  const frame = (now) => {
    if (last !== null) {
      carry += (Math.min(now - last, 250) / 1000) * options.daysPerSecond;
      let due = Math.min(Math.floor(carry), 3);
      carry -= due;
      for (; due > 0; due--) { step(); days++; }
    }
    last = now;
    if (start === null) {
      if (now - begin >= options.warmupMs) start = now;
    } else {
      frames++;
      const elapsed = now - start;
      if (elapsed >= options.ms) {
        resolve({ fps: (frames * 1000) / elapsed, frames, seconds: elapsed / 1000, days });
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

/** An expression for page.evaluate that resolves to a FrameCount. */
export function frameCountScript(options: FrameCountOptions): string {
  return `(${SOURCE})(${JSON.stringify(options)})`;
}
