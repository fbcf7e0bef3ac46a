/*
 * Message rendering in Node: `text.msgsPerSec` renders 20,000 intercepts of a
 * classroom run (historical policy, seed 1), cycling through its whole feed, in
 * five timed batches after a warm-up; the figure is the median batch's rate.
 * Run alone with `npx tsx bench/textBench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { BUILT_IN_SCENARIOS, POLICIES, renderMessage, runPolicy, type SimState } from '../src/sim';

const MESSAGES = 20_000;
const BATCHES = 5;
const WARMUP = 2_000;

function renderBatch(state: SimState, first: number, count: number): number {
  let characters = 0;
  for (let i = 0; i < count; i++)
    characters += renderMessage(state, (first + i) % state.feed.length).text.length;
  return characters;
}

export function measureTextThroughput(seed = 1): { 'text.msgsPerSec': number } {
  const { state } = runPolicy(BUILT_IN_SCENARIOS.classroom, seed, POLICIES.historical({}));
  let sink = renderBatch(state, 0, WARMUP);
  const perBatch = MESSAGES / BATCHES;
  const rates: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const start = performance.now();
    sink += renderBatch(state, b * perBatch, perBatch);
    rates.push(perBatch / ((performance.now() - start) / 1000));
  }
  if (sink === 0) throw new Error('textBench: nothing was rendered');
  rates.sort((a, b) => a - b);
  return { 'text.msgsPerSec': Math.round(rates[BATCHES >> 1]) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(measureTextThroughput())}\n`);
}
