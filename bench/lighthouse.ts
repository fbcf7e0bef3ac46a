/**
 * Lighthouse on the production build, with its default settings (a mobile phone on simulated slow
 * 4G with a 4× CPU slowdown), against dist/ served gzipped by a tiny static server, in Debian's
 * Chromium:
 *
 * - lighthouse.performance / accessibility / bestPractices / seo: the four category scores, 0–100.
 * - lighthouse.fcpMs / lcpMs / ttiMs / tbtMs: first and largest contentful paint, time to
 *   interactive and total blocking time, as Lighthouse simulates them.
 * - load.mainChunkKBgz: gzip size of the entry script index.html loads and the chunks it preloads
 *   (what the title waits for).
 *
 * `lighthouseBenchmarks()` returns the figures as flat dotted keys; progress goes to stderr.
 * Run alone: `npx tsx bench/lighthouse.ts [--reuse-build]` (prints one JSON object).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { build, repoRoot } from '../tests/support/viteServers';
import { serveGzipped } from './gzipServer';

export interface LighthouseBenchOptions {
  /** Use dist/ as it is, if present (default: build it). */
  readonly reuseBuild?: boolean;
  readonly progress?: (message: string) => void;
}

/**
 * What the title waits for: the entry script dist/index.html names and the chunks it preloads
 * (the entry's static imports), gzipped, in kB. Lazily loaded chunks (Phaser, teachers' pages) are not in it.
 */
export function mainChunkKBgz(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error('bench/lighthouse: dist/index.html names no module script');
  const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map(
    (m) => m[1],
  );
  let bytes = 0;
  for (const file of [entry, ...preloaded]) bytes += gzipSync(readFileSync(join(distDir, file))).length;
  return bytes / 1024;
}

export async function lighthouseBenchmarks(
  options: LighthouseBenchOptions = {},
): Promise<Record<string, number>> {
  const progress =
    options.progress ?? ((message: string) => process.stderr.write(`bench/lighthouse: ${message}\n`));
  assertChromium();
  const dist = `${repoRoot}dist`;
  progress('building the game');
  build(null, `${dist}/index.html`, options.reuseBuild ?? false);
  const figures: Record<string, number> = { 'load.mainChunkKBgz': mainChunkKBgz(dist) };

  const server = await serveGzipped(dist);
  const profile = await mkdtemp(join(tmpdir(), 'backchannel-lighthouse-'));
  let chromium: ChildProcess | null = null;
  try {
    progress('starting Chromium with a debugging port');
    const started = await startChromium(profile);
    chromium = started.process;
    progress(`Lighthouse (default settings: mobile, slow 4G, 4× CPU) on ${server.url}`);
    const result = await lighthouse(server.url, { port: started.port, output: 'json', logLevel: 'error' });
    if (result === undefined) throw new Error('bench/lighthouse: Lighthouse returned no result');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`bench/lighthouse: ${runtimeError.code}: ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    figures['lighthouse.performance'] = score('performance');
    figures['lighthouse.accessibility'] = score('accessibility');
    figures['lighthouse.bestPractices'] = score('best-practices');
    figures['lighthouse.seo'] = score('seo');
    figures['lighthouse.fcpMs'] = metric('first-contentful-paint');
    figures['lighthouse.lcpMs'] = metric('largest-contentful-paint');
    figures['lighthouse.ttiMs'] = metric('interactive');
    figures['lighthouse.tbtMs'] = metric('total-blocking-time');
    // Whatever kept a category below 100, so a run says what to fix.
    for (const [id, category] of Object.entries(categories)) {
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      if (failing.length > 0) progress(`${id}: below full marks on ${failing.join(', ')}`);
    }
  } finally {
    await stopChromium(chromium);
    await server.stop();
    await rm(profile, { recursive: true, force: true });
  }
  return figures;
}

function stopChromium(child: ChildProcess | null): Promise<void> {
  if (child === null || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Debian's Chromium with a free debugging port, read from the line it prints when listening. */
function startChromium(profile: string): Promise<{ process: ChildProcess; port: number }> {
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port !== undefined) resolve({ process: child, port: Number(port) });
    });
    child.once('exit', (code) =>
      reject(new Error(`bench/lighthouse: Chromium exited (${code}):\n${output}`)),
    );
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  lighthouseBenchmarks({ reuseBuild: process.argv.includes('--reuse-build') })
    .then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`bench/lighthouse: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    });
}
