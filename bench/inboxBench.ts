/**
 * Inbox benchmarks, in headless Chromium against the production build (`vite preview`):
 *
 * - inbox.render10kMs: the inbox's first render with 10,000+ intercepts — from pressing the
 *   Intercepts button to the first rows laid out (order, counts, filter menus and the visible rows,
 *   whose texts are rendered then). Each run is a fresh page, so every run is a first render.
 * - inbox.filterMs: a keyword search over all of them, cold (no text rendered yet except the rows
 *   on screen): submit to the list and its summary laid out. The word is one that matches fewer
 *   than the search limit, so every message is searched.
 * - inbox.filterWarmMs: a second search over the same messages, their texts now cached.
 * - inbox.messages: how many intercepts the inbox held.
 *
 * The game comes from a saved workshop game played by the historical policy until the feed holds
 * 10,000 messages, loaded by the page's own resume-on-load. `inboxBenchmarks()` returns the figures
 * as flat dotted keys (medians over the runs); progress goes to stderr.
 * Run alone: `npx tsx bench/inboxBench.ts` (prints one JSON object).
 */
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { BUILT_IN_SCENARIOS, replay } from '../src/sim';
import { decodeSave } from '../src/store/savedGame';
import { SEARCH_LIMIT } from '../src/store/selectors/inbox';
import { foldText, interceptText } from '../src/store/selectors/inboxText';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { inboxSave, SAVE_KEY } from '../tests/support/inboxSave';
import { build, preview, repoRoot } from '../tests/support/viteServers';
import { median } from './stats';

export interface InboxBenchOptions {
  /** Use dist/ as it is, if present (default: build it). */
  readonly reuseBuild?: boolean;
  readonly messages?: number;
  readonly seed?: number;
  readonly runs?: number;
  readonly viewport?: { width: number; height: number };
  readonly progress?: (message: string) => void;
}

export async function inboxBenchmarks(options: InboxBenchOptions = {}): Promise<Record<string, number>> {
  const progress =
    options.progress ?? ((message: string) => process.stderr.write(`bench/inbox: ${message}\n`));
  const messages = options.messages ?? 10_000;
  const seed = options.seed ?? 7;
  const runs = options.runs ?? 5;
  assertChromium();

  progress('building the game');
  build(null, `${repoRoot}dist/index.html`, options.reuseBuild ?? false);

  progress(`playing the workshop scenario until the inbox holds ${messages} messages`);
  const { save, feed } = inboxSave(BUILT_IN_SCENARIOS.workshop, seed, { messages });
  const [cold, warm] = searchWords(save);
  progress(`${feed} messages; searching for "${cold}", then "${warm}"`);

  const server = await preview(null);
  let browser: Browser | null = null;
  const render: number[] = [];
  const filter: number[] = [];
  const filterWarm: number[] = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    for (let run = 0; run < runs; run++) {
      progress(`run ${run + 1} of ${runs}`);
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      try {
        // tsx names functions with a helper the page does not have; give the page a stand-in.
        await context.addInitScript({ content: 'window.__name = (f) => f;' });
        const page = await context.newPage();
        await page.goto(server.url);
        await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, save] as const);
        await page.reload();
        await page.locator('#inbox-toggle').waitFor();
        await settle(page);
        render.push(await timeOpen(page, feed));
        filter.push(await timeSearch(page, cold));
        await timeSearch(page, '');
        filterWarm.push(await timeSearch(page, warm));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
  return {
    'inbox.render10kMs': median(render),
    'inbox.filterMs': median(filter),
    'inbox.filterWarmMs': median(filterWarm),
    'inbox.messages': feed,
  };
}

/**
 * Two words of the saved game's intercept texts that match fewer messages than the search limit (so a
 * search has to look through all of them) but more than a handful: what an analyst might type.
 */
function searchWords(save: string): [string, string] {
  const decoded = decodeSave(save);
  if (!decoded.ok)
    throw new Error(`bench/inbox: the saved game does not load (${JSON.stringify(decoded.problem)})`);
  const { scenario, seed, commands, day } = decoded.save;
  const sim = replay(scenario, seed, commands, day);
  const counts = new Map<string, number>();
  for (const m of sim.feed) {
    const words = new Set(foldText(interceptText(sim, m.id).text).match(/[a-z]{5,}/g) ?? []);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const fitting = [...counts]
    .filter(([, n]) => n >= 20 && n < SEARCH_LIMIT / 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (fitting.length < 2) throw new Error('bench/inbox: no search word fits');
  return [fitting[0][0], fitting[1][0]];
}

/** Let the page finish loading (Phaser's chunk, the map's first frames) before timing anything. */
async function settle(page: Page): Promise<void> {
  await page.locator('#backdrop[data-backdrop="ready"] canvas').waitFor({ state: 'attached' });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let left = 30;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
}

/** Press the Intercepts button; resolve when the list's first rows exist and are laid out. */
async function timeOpen(page: Page, feed: number): Promise<number> {
  const { ms, label } = await page.evaluate(
    () =>
      new Promise<{ ms: number; label: string }>((resolve) => {
        const start = performance.now();
        const done = () => {
          const list = document.getElementById('inbox-list');
          if (list?.querySelector('[role="option"]') == null) return false;
          list.getBoundingClientRect();
          resolve({ ms: performance.now() - start, label: list.getAttribute('aria-label') ?? '' });
          return true;
        };
        const observer = new MutationObserver(() => {
          if (done()) observer.disconnect();
        });
        observer.observe(document.getElementById('ui') ?? document.body, { childList: true, subtree: true });
        document.getElementById('inbox-toggle')?.click();
      }),
  );
  const listed = Number(label.replace(/\D/g, ''));
  if (listed !== feed)
    throw new Error(`bench/inbox: the inbox lists ${listed} messages, the feed holds ${feed}`);
  return ms;
}

/**
 * Submit a search; resolve when the summary has changed and the list is laid out. Searches alternate
 * with the empty search, so the summary always changes.
 */
async function timeSearch(page: Page, word: string): Promise<number> {
  const { ms, summary } = await page.evaluate(
    (query) =>
      new Promise<{ ms: number; summary: string }>((resolve) => {
        const summaryLine = document.querySelector('.inbox__summary');
        const input = document.getElementById('inbox-search') as HTMLInputElement | null;
        if (summaryLine === null || input === null) throw new Error('no inbox search');
        const before = summaryLine.textContent;
        const observer = new MutationObserver(() => {
          if (summaryLine.textContent === before) return;
          observer.disconnect();
          document.getElementById('inbox-list')?.getBoundingClientRect();
          resolve({ ms: performance.now() - start, summary: summaryLine.textContent ?? '' });
        });
        observer.observe(summaryLine, { childList: true, subtree: true, characterData: true });
        input.value = query;
        const start = performance.now();
        input.form?.requestSubmit();
      }),
    word,
  );
  if (!/\d/.test(summary)) throw new Error(`bench/inbox: unexpected search summary "${summary}"`);
  return ms;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await inboxBenchmarks();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
