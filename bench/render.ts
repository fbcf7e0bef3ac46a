/**
 * Render and load benchmarks, in headless Chromium (software WebGL, like the CI machines):
 *
 * - render.worldFps / memberFps / allFps: frames per second (requestAnimationFrame callbacks) of
 *   the production build while a full-scale game's clock runs at 4× (6 days a second), at world
 *   zoom; zoomed onto the largest country's people; and in the whole-network view.
 * - render.vsSigma.world / member / all: our fps ÷ sigma.js's fps drawing exactly the same nodes
 *   and edges, in the same view, in the same browser, while the same simulation runs (goal ≥ 1).
 * - render.throttledFps.world / member / all: the same as render.*Fps with Chromium's CPU
 *   throttled 4× (an old classroom laptop; goal ≥ 30 each).
 * - load.interactiveMs: navigation start to a usable title (Start visible and enabled), cold cache.
 * - load.bundleKBgz: gzip size of every JS and CSS file in dist/ (goal ≤ 500).
 *
 * `renderBenchmarks()` returns the figures as flat dotted keys; progress goes to stderr.
 * Run alone: `npx tsx bench/render.ts` (prints one JSON object).
 */
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { en } from '../src/view/strings/en';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { savedGame } from '../tests/e2e/map/savedGames';
import { build, preview, repoRoot, SIGMA_CONFIG } from '../tests/support/viteServers';
import type { FrameCountOptions } from './render/frameCounter';
import { measureGameView, type ViewName } from './render/gamePage';
import { bundleKBgz, interactiveMs } from './render/loadFigures';
import { measureSigmaView } from './render/sigmaPage';

export interface RenderBenchOptions {
  /** Use dist/ and the built sigma page as they are, if present (default: build both). */
  readonly reuseBuild?: boolean;
  readonly viewport?: { width: number; height: number };
  /** The saved game measured: full scale, played by the historical policy to this day. */
  readonly day?: number;
  readonly seed?: number;
  /** Measured seconds per view (after one second of warm-up). */
  readonly seconds?: number;
  readonly loadRuns?: number;
  readonly progress?: (message: string) => void;
}

const VIEWS: readonly ViewName[] = ['world', 'member', 'all'];
/** How much slower than this machine the slow-machine figures are (Chromium's CPU throttling). */
const CPU_THROTTLING = 4;

export async function renderBenchmarks(options: RenderBenchOptions = {}): Promise<Record<string, number>> {
  const progress =
    options.progress ?? ((message: string) => process.stderr.write(`bench/render: ${message}\n`));
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const day = options.day ?? 600;
  const seed = options.seed ?? 1;
  const counting: FrameCountOptions = { warmupMs: 1000, ms: (options.seconds ?? 8) * 1000, daysPerSecond: 6 };
  assertChromium();

  progress('building the game and the sigma.js page');
  build(null, `${repoRoot}dist/index.html`, options.reuseBuild ?? false);
  build(SIGMA_CONFIG, `${repoRoot}.test-results/bench-sigma/index.html`, options.reuseBuild ?? false);
  const figures: Record<string, number> = { 'load.bundleKBgz': bundleKBgz(`${repoRoot}dist`) };

  progress(`playing full scale to day ${day} for the saved game`);
  const save = { text: savedGame('full-scale', seed, day), scenario: 'full-scale', seed };

  const game = await preview(null);
  const sigma = await preview(SIGMA_CONFIG);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    progress('load.interactiveMs (cold page to a usable title)');
    figures['load.interactiveMs'] = await interactiveMs(
      browser,
      game.url,
      en['title.start'],
      options.loadRuns ?? 5,
    );

    for (const view of VIEWS) {
      progress(`render.${view}Fps: ours, ${counting.ms / 1000} s while the clock runs`);
      const ours = await measureGameView(browser, game.url, save, view, viewport, counting);
      progress(`render.${view}Fps: sigma.js, the same nodes and edges`);
      const theirs = await measureSigmaView(
        browser,
        sigma.url,
        save.text,
        view,
        ours.view,
        viewport,
        counting,
      );
      figures[`render.${view}Fps`] = ours.count.fps;
      figures[`render.sigma.${view}Fps`] = theirs.count.fps;
      figures[`render.vsSigma.${view}`] = ours.count.fps / theirs.count.fps;
      figures[`render.${view}.nodes`] = theirs.nodes;
      figures[`render.${view}.edges`] = theirs.edges;
      figures[`render.${view}.days`] = ours.count.days;
    }
    for (const view of VIEWS) {
      progress(`render.throttledFps.${view}: ours, CPU throttled ${CPU_THROTTLING}×`);
      const slow = await measureGameView(browser, game.url, save, view, viewport, counting, CPU_THROTTLING);
      figures[`render.throttledFps.${view}`] = slow.count.fps;
      figures[`render.throttled.${view}.days`] = slow.count.days;
    }
    figures['render.cpuThrottling'] = CPU_THROTTLING;
  } finally {
    await browser?.close();
    await game.stop();
    await sigma.stop();
  }
  figures['render.viewportWidth'] = viewport.width;
  figures['render.viewportHeight'] = viewport.height;
  figures['render.saveDay'] = day;
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  renderBenchmarks({ reuseBuild: process.argv.includes('--reuse-build') })
    .then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`bench/render: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    });
}
