/** Timing helpers: medians of repeated calls measured with performance.now(). */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
  };
}

/** Results are folded in here so that the optimiser cannot drop a measured call as dead code. */
let sink = 0;

function consume(result: unknown): void {
  sink = (sink + (typeof result === 'number' ? result : 1)) % 1e9;
}

/** Calls `fn` `warmup` times untimed, then `runs` times timed; returns milliseconds per call. */
export function timeCalls(fn: () => unknown, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) consume(fn());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = fn();
    samples.push(performance.now() - start);
    consume(result);
  }
  return samples;
}

export interface BatchOptions {
  /** Samples to return (each the mean of one batch). */
  readonly batches: number;
  /** Calls per batch: enough that a batch lasts well above the timer's resolution. */
  readonly perBatch: number;
  /** Batches run first and thrown away, so the optimiser has settled. */
  readonly warmupBatches: number;
}

/**
 * Times a call that needs a fresh input each time (a cloned state, say): the inputs
 * of a batch are prepared untimed, then the batch's calls are timed together.
 * Returns milliseconds per call, one sample per batch.
 */
export function timeBatched<T>(
  prepare: () => T,
  run: (input: T) => unknown,
  options: BatchOptions,
): number[] {
  const samples: number[] = [];
  for (let b = 0; b < options.warmupBatches + options.batches; b++) {
    const inputs: T[] = [];
    for (let i = 0; i < options.perBatch; i++) inputs.push(prepare());
    const start = performance.now();
    for (let i = 0; i < options.perBatch; i++) consume(run(inputs[i]));
    const elapsed = performance.now() - start;
    if (b >= options.warmupBatches) samples.push(elapsed / options.perBatch);
  }
  return samples;
}

/** One thing to time: `prepare` runs untimed right before each timed `run`. */
export interface Case<T> {
  readonly prepare: () => T;
  readonly run: (input: T) => unknown;
}

/** A case with its input type checked where it is written, for a list of mixed cases. */
export function timedCase<T>(prepare: () => T, run: (input: T) => unknown): Case<unknown> {
  return { prepare, run: (input) => run(input as T) };
}

/**
 * Times several cases in alternation, one call of each per round, so that a busy
 * machine slows them alike and their ratio stays fair. Returns, per case, the
 * milliseconds of each timed round.
 */
export function timeInterleaved(
  cases: readonly Case<unknown>[],
  rounds: number,
  warmupRounds: number,
): number[][] {
  const samples = cases.map((): number[] => []);
  for (let round = 0; round < warmupRounds + rounds; round++) {
    cases.forEach((c, i) => {
      const input = c.prepare();
      const start = performance.now();
      const result = c.run(input);
      const elapsed = performance.now() - start;
      consume(result);
      if (round >= warmupRounds) samples[i].push(elapsed);
    });
  }
  return samples;
}
