/*
 * Child process for sim.heapMB: run as `node --expose-gc --import tsx bench/heap.ts SEED`
 * (measureHeap.ts does). Prints one JSON line on stdout: the memory held by one
 * full-scale SimState at the end of a historical run (day 970), after full GCs,
 * minus the baseline taken just before creating it.
 */
import { POLICIES, runPolicy, type SimState } from '../src/sim';
import { fullScale } from './benchState';

const MB = 2 ** 20;

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('bench/heap.ts needs node --expose-gc');
const gc = collect;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Memory after full collections, once it stops moving: V8 sweeps and frees the
 * typed arrays' backing stores on background tasks, so a reading right after gc()
 * can still include the garbage of the run before (seen under load: a 0 MB delta).
 */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  let last = process.memoryUsage();
  for (let round = 0; round < 20; round++) {
    gc();
    await sleep(25);
    const now = process.memoryUsage();
    const still =
      Math.abs(now.heapUsed - last.heapUsed) < 16 * 1024 &&
      Math.abs(now.arrayBuffers - last.arrayBuffers) < 16 * 1024;
    last = now;
    if (still && round >= 2) break;
  }
  return last;
}

const seed = Number(process.argv[2] ?? 1);
// A first run, thrown away, so the code it compiles is in the baseline and not the figure.
runPolicy(fullScale(), seed, POLICIES.historical({}));

const before = await settledMemory();
const held: SimState[] = [runPolicy(fullScale(), seed, POLICIES.historical({})).state];
const after = await settledMemory();

const heapMB = (after.heapUsed - before.heapUsed) / MB;
const arrayBuffersMB = (after.arrayBuffers - before.arrayBuffers) / MB;
process.stdout.write(
  `${JSON.stringify({
    day: held[0].day,
    heapMB,
    arrayBuffersMB,
    retainedMB: heapMB + arrayBuffersMB,
    people: held[0].net.size,
  })}\n`,
);
