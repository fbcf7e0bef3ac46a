/*
 * Engine benchmarks: `npm run bench` prints tables; `npm run bench -- --json` prints
 * one JSON object on stdout (flat dotted keys, plus "machine" and "date"). Progress
 * always goes to stderr. Options: --seed N (default 1), --day N (the mid-run day the
 * spread step is measured at, default 800), --engine-only (skip the browser figures). Note that npm itself prints a banner on
 * stdout before the script runs; `npm run --silent bench -- --json` leaves only the JSON.
 */
import { parseArgs } from 'node:util';
import { cloneSim, POLICIES, runPolicy } from '../src/sim';
import { generateNetwork } from '../src/sim/network/generateNetwork';
import type { RngState } from '../src/sim/random/rng';
import { spreadDay } from '../src/sim/spread/spreadDay';
import { bareSpreadSweep, fullSweep } from './bareSweep';
import { fullScale, fullScaleStateAt, spreadCandidates } from './benchState';
import { choiceBenchmarks } from './choiceBench';
import { buildGraph, graphologySpreadDay, undoAdoptions } from './graphologySpread';
import { inboxBenchmarks } from './inboxBench';
import { lighthouseBenchmarks } from './lighthouse';
import { machineInfo } from './machine';
import { measureHeap } from './measureHeap';
import { renderBenchmarks } from './render';
import { type Summary, summarize, timeBatched, timeCalls, timedCase, timeInterleaved } from './stats';
import { formatNumber, formatTable } from './table';
import { teacherBenchmarks } from './teacherBench';
import { measureTextThroughput } from './textBench';

const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    day: { type: 'string', default: '800' },
    'engine-only': { type: 'boolean', default: false },
  },
});
const seed = Number(options.seed);
const benchDay = Number(options.day);
const COMPARISON_DAYS = 30;

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function copyRng(rng: RngState): RngState {
  return [...rng] as RngState;
}

const started = performance.now();
const scenario = fullScale();
const machine = machineInfo();
if (machine.loadAverage1m > machine.cores / 2)
  progress(
    `warning: load average ${machine.loadAverage1m} on ${machine.cores} cores: timings will be inflated`,
  );

progress('generateNetwork (full-scale) ×15 after 5 warm-ups');
const generate = summarize(timeCalls(() => generateNetwork(scenario.network, seed).ties, 15, 5));

progress('full historical run ×9 after 2 warm-ups');
let fullRunDay = 0;
const fullRun = summarize(
  timeCalls(
    () => {
      fullRunDay = runPolicy(scenario, seed, POLICIES.historical({})).state.day;
      return fullRunDay;
    },
    9,
    2,
  ),
);

progress('heap held by one state at the end of a run (child node --expose-gc)');
const heap = measureHeap(seed);

progress(`playing to day ${benchDay} for the spread-step measurements`);
const state = fullScaleStateAt(seed, benchDay);
const { net } = state;
const edgeEntries = net.offsets[net.size];
if (edgeEntries !== 2 * net.ties) throw new Error(`CSR holds ${edgeEntries} entries for ${net.ties} ties`);
const candidates = spreadCandidates(state);

progress('full CSR sweep ×60');
const sweep = summarize(timeCalls(() => fullSweep(state), 60, 10));
const nsPerEdgeVisit = (sweep.median * 1e6) / (2 * net.ties);

// spreadDay and the bare sweep are timed in alternation (one call of each per round) so
// that other work on the machine slows both alike. spreadDay runs on a clone made just
// before it: the clone's arrays are then in cache, as the state's are in a real game,
// where every phase of the day touches them. (Preparing many clones first and timing
// them in a row measured ~50% slower: cold caches.)
progress('spreadDay on a fresh clone, alternating with the bare sweep: 300 rounds after 50 warm-ups');
const [ourSamples, bareSamples] = timeInterleaved(
  [
    timedCase(
      () => cloneSim(state),
      (clone) => spreadDay(clone).length,
    ),
    timedCase(
      () => copyRng(state.rng.spread),
      (rng) => bareSpreadSweep(state, rng),
    ),
  ],
  300,
  50,
);
const ours = summarize(ourSamples);
const bare = summarize(bareSamples);

progress('building the graphology copy');
const buildStart = performance.now();
const graph = buildGraph(state);
const graphologyBuildMs = performance.now() - buildStart;

progress('graphology spread day ×9 after 2 warm-ups');
let lastAdopters: string[] = [];
const graphology = summarize(
  timeBatched(
    () => {
      undoAdoptions(graph, lastAdopters);
      return copyRng(state.rng.spread);
    },
    (rng) => {
      lastAdopters = graphologySpreadDay(graph, state, state.day, rng);
      return lastAdopters.length;
    },
    { batches: 9, perBatch: 1, warmupBatches: 2 },
  ),
);
undoAdoptions(graph, lastAdopters);

progress(`adoption check: one day, then ${COMPARISON_DAYS} spread-only days, both ways`);
const oursOneDay = spreadDay(cloneSim(state));
const graphologyOneDay = graphologySpreadDay(graph, state, state.day, copyRng(state.rng.spread));
undoAdoptions(graph, graphologyOneDay);
const sameOneDay =
  oursOneDay.length === graphologyOneDay.length &&
  oursOneDay.every((person, i) => String(person) === graphologyOneDay[i]);
let oursSpan = 0;
const clone = cloneSim(state);
for (let d = 0; d < COMPARISON_DAYS; d++) {
  oursSpan += spreadDay(clone).length;
  clone.day++;
}
let graphologySpan = 0;
const spanRng = copyRng(state.rng.spread);
const spanAdopters: string[] = [];
for (let d = 0; d < COMPARISON_DAYS; d++) {
  const today = graphologySpreadDay(graph, state, state.day + d, spanRng);
  graphologySpan += today.length;
  spanAdopters.push(...today);
}
undoAdoptions(graph, spanAdopters);
const plausible = (a: number, b: number) => a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) < 10;

progress('message text rendering (classroom run, 20,000 intercepts)');
const text = measureTextThroughput(seed);

progress("teachers' pages: editor preview, share link, class review of 30 results");
const teacher = teacherBenchmarks();

progress('what each choice is worth: classroom, seeds 1–24, every knob (~40 s)');
const choices = choiceBenchmarks();

// The browser figures need Chromium and two production builds (~1–2 minutes), then Lighthouse (~20 s).
const browser = options['engine-only']
  ? {}
  : {
      ...(await renderBenchmarks({ progress })),
      ...(await inboxBenchmarks({ progress, reuseBuild: true })),
      ...(await lighthouseBenchmarks({ progress, reuseBuild: true })),
    };

const vsBareSweep = ours.median / bare.median;
const vsGraphology = graphology.median / ours.median;
const totalSeconds = (performance.now() - started) / 1000;

const figures: Record<string, number> = {
  'sim.generateMs': generate.median,
  'sim.fullRunMs': fullRun.median,
  'sim.fullRunDays': fullRunDay,
  'sim.heapMB': heap.heapMB,
  'sim.arrayBuffersMB': heap.arrayBuffersMB,
  'sim.retainedMB': heap.retainedMB,
  'sim.heapDay': heap.day,
  'sim.nsPerEdgeVisit': nsPerEdgeVisit,
  'sim.fullSweepMs': sweep.median,
  'sim.spreadDayMs': ours.median,
  'sim.bareSweepMs': bare.median,
  'sim.vsBareSweep': vsBareSweep,
  'sim.graphologySpreadDayMs': graphology.median,
  'sim.graphologyBuildMs': graphologyBuildMs,
  'sim.vsGraphology': vsGraphology,
  'sim.people': net.size,
  'sim.ties': net.ties,
  'sim.benchDay': benchDay,
  'sim.holdersAtBenchDay': state.holderCount,
  'sim.activeAtBenchDay': state.activeHandsets,
  'sim.candidatesAtBenchDay': candidates,
  'sim.adopters.oursOneDay': oursOneDay.length,
  'sim.adopters.graphologyOneDay': graphologyOneDay.length,
  [`sim.adopters.ours${COMPARISON_DAYS}Days`]: oursSpan,
  [`sim.adopters.graphology${COMPARISON_DAYS}Days`]: graphologySpan,
  'sim.adopters.sameOneDay': sameOneDay ? 1 : 0,
  ...text,
  ...teacher,
  ...choices,
  ...browser,
  'bench.seed': seed,
  'bench.totalSeconds': totalSeconds,
};

if (options.json) {
  process.stdout.write(`${JSON.stringify({ ...figures, machine, date: new Date().toISOString() })}\n`);
} else {
  const row = (key: string, what: string, unit: string, s: Summary): string[] => [
    key,
    what,
    formatNumber(s.median),
    formatNumber(s.min),
    formatNumber(s.max),
    String(s.runs),
    unit,
  ];
  const single = (key: string, what: string, unit: string, value: number): string[] => [
    key,
    what,
    formatNumber(value),
    '',
    '',
    '1',
    unit,
  ];
  const out: string[] = [
    `Backchannel engine benchmarks: full-scale, seed ${seed}: ${net.size} people, ${net.ties} ties`,
    `${machine.cpu}, ${machine.cores} cores, ${machine.totalMemoryGB} GiB, node ${machine.node}, load ${machine.loadAverage1m} at start`,
    `spread step measured at day ${benchDay}: ${state.holderCount} holders (${state.activeHandsets} active), ${candidates} people with a tie to an active holder`,
    '',
    formatTable(
      ['key', 'what', 'median', 'min', 'max', 'runs', 'unit'],
      [
        row('sim.generateMs', 'generateNetwork(full-scale)', 'ms', generate),
        row('sim.fullRunMs', `historical run, ${fullRunDay} days`, 'ms', fullRun),
        single('sim.heapMB', `JS heap held by a day-${heap.day} state`, 'MB', heap.heapMB),
        single('sim.arrayBuffersMB', '+ its typed arrays (off heap)', 'MB', heap.arrayBuffersMB),
        row('sim.fullSweepMs', `full CSR sweep (${edgeEntries} entries)`, 'ms', sweep),
        single('sim.nsPerEdgeVisit', 'full sweep / (2 × ties)', 'ns', nsPerEdgeVisit),
        row('sim.spreadDayMs', 'spreadDay (ours)', 'ms', ours),
        row('sim.bareSweepMs', 'bare CSR spread sweep', 'ms', bare),
        row('sim.graphologySpreadDayMs', 'graphology spread day', 'ms', graphology),
        single('sim.graphologyBuildMs', 'building the graphology copy', 'ms', graphologyBuildMs),
        single('text.msgsPerSec', 'intercepts rendered per second', 'msg/s', text['text.msgsPerSec']),
      ],
    ),
    '',
    formatTable(
      ['peer', 'theirs (ms)', 'ours (ms)', 'ratio', 'key', 'goal', 'met'],
      [
        [
          'bare CSR sweep',
          formatNumber(bare.median),
          formatNumber(ours.median),
          formatNumber(vsBareSweep),
          'sim.vsBareSweep = ours / bare',
          '≤ 3',
          vsBareSweep <= 3 ? 'yes' : 'NO',
        ],
        [
          'graphology forEachNeighbor',
          formatNumber(graphology.median),
          formatNumber(ours.median),
          formatNumber(vsGraphology),
          'sim.vsGraphology = graphology / ours',
          '≥ 20',
          vsGraphology >= 20 ? 'yes' : 'NO',
        ],
      ],
    ),
    '',
    formatTable(
      [`adopters from the day-${benchDay} state`, 'ours', 'graphology', 'plausible'],
      [
        [
          `one day${sameOneDay ? ' (the very same people)' : ' (different people)'}`,
          String(oursOneDay.length),
          String(graphologyOneDay.length),
          plausible(oursOneDay.length, graphologyOneDay.length) ? 'yes' : 'NO',
        ],
        [
          `${COMPARISON_DAYS} days, spread only`,
          String(oursSpan),
          String(graphologySpan),
          plausible(oursSpan, graphologySpan) ? 'yes' : 'NO',
        ],
      ],
    ),
    '',
    formatTable(
      ["teachers' pages", 'value'],
      Object.entries(teacher).map(([key, value]) => [key, formatNumber(value)]),
    ),
    '',
    formatTable(
      ['what each choice is worth (classroom, seeds 1–24)', 'value'],
      Object.entries(choices).map(([key, value]) => [key, formatNumber(value)]),
    ),
    '',
    formatTable(
      ['browser figure', 'value'],
      Object.entries(browser).map(([key, value]) => [key, formatNumber(value)]),
    ),
    '',
    `total ${totalSeconds.toFixed(1)} s`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
