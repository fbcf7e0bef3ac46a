/**
 * The peer's side of the render benchmark: the bench-only sigma.js page, set up to draw the same
 * nodes and edges as our map in the same view, from the same saved game, measured the same way.
 */
import type { Browser } from 'playwright-core';
import type { BenchMode } from '../sigma/benchGraph';
import { type FrameCount, type FrameCountOptions, frameCountScript } from './frameCounter';
import type { PaintedView } from './gamePage';

export interface SigmaMeasurement {
  readonly count: FrameCount;
  readonly nodes: number;
  readonly edges: number;
}

export async function measureSigmaView(
  browser: Browser,
  url: string,
  save: string,
  mode: BenchMode,
  view: PaintedView,
  viewport: { width: number; height: number },
  counting: FrameCountOptions,
): Promise<SigmaMeasurement> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
    const size = (await page.evaluate(
      `window.__sigmaBench.setup(${JSON.stringify({ save, mode, view: { cx: view.cx, cy: view.cy, scale: view.scale } })})`,
    )) as { nodes: number; edges: number };
    const count = (await page.evaluate(frameCountScript(counting))) as FrameCount;
    if (errors.length > 0) throw new Error(`bench/render: the sigma page failed: ${errors.join('; ')}`);
    return { count, ...size };
  } finally {
    await context.close();
  }
}
