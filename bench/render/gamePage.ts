/**
 * Our side of the render benchmark: the production build with a full-scale saved game (loaded by
 * the page's own resume-on-load), brought to each view through the UI — the map as it opens, then
 * dragged and wheel-zoomed onto the largest country until people are drawn, then the
 * "Whole network" button — and measured while the clock runs, optionally with Chromium's CPU
 * slowed down (DevTools' CPU throttling: every task takes `cpuThrottling` times as long), as on
 * an old classroom laptop.
 */
import type { Browser, Page } from 'playwright-core';
import { BUILT_IN_SCENARIOS, createSim } from '../../src/sim';
import { SAVE_KEY } from '../../src/store/savedGame';
import { PERSON_RADIUS } from '../../src/view/phaser/map/draw/drawPeople';
import { worldAtlas } from '../../src/view/phaser/map/geo/worldAtlas';
import { buildNetworkLayout } from '../../src/view/phaser/map/layout/networkLayout';
import { PEOPLE_FROM_PX } from '../../src/view/phaser/map/MapPainter';
import { en } from '../../src/view/strings/en';
import { type FrameCount, type FrameCountOptions, frameCountScript } from './frameCounter';

export type ViewName = 'world' | 'member' | 'all';

export interface PaintedView {
  readonly level: string;
  readonly cx: number;
  readonly cy: number;
  readonly scale: number;
}

export interface GameMeasurement {
  readonly count: FrameCount;
  /** The view measured, for the peer to frame the same part of the network. */
  readonly view: PaintedView;
}

/** Same as the game's clock wheel zoom: one notch of 100 px zooms by e^0.18. */
const WHEEL_NOTCH = 100;
const ZOOM_PER_NOTCH = Math.exp(0.18);

export async function measureGameView(
  browser: Browser,
  url: string,
  save: { text: string; scenario: string; seed: number },
  view: ViewName,
  viewport: { width: number; height: number },
  counting: FrameCountOptions,
  cpuThrottling = 1,
): Promise<GameMeasurement> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?test-hooks`);
    await page
      .locator('#backdrop[data-backdrop="ready"] canvas')
      .waitFor({ state: 'attached', timeout: 120_000 });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, save.text]);
    await page.reload();
    await waitForView(page, (v) => v.level === 'markers');
    if (view === 'member') await zoomOntoLargestCountry(page, save.scenario, save.seed);
    if (view === 'all') {
      await page.getByRole('button', { name: en['map.view.all'] }).click();
      await waitForView(page, (v) => v.level === 'whole');
    }
    const measured = await paintedView(page);
    await page.evaluate(() => {
      const hooks = window as unknown as {
        __backchannel: { store: { getState(): { advanceDay(): unknown } } };
        __benchStep: () => void;
      };
      hooks.__benchStep = () => hooks.__backchannel.store.getState().advanceDay();
    });
    // Throttled only once the view is set up: the measurement, not the loading, is the slow machine's.
    if (cpuThrottling !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    }
    const count = (await page.evaluate(frameCountScript(counting))) as FrameCount;
    return { count, view: measured };
  } finally {
    await context.close();
  }
}

async function paintedView(page: Page): Promise<PaintedView> {
  return page.evaluate(() => {
    const data = document.getElementById('backdrop')?.dataset ?? {};
    const [cx, cy, scale] = (data.mapView ?? '0 0 0').split(' ').map(Number);
    return { level: data.mapLevel ?? '', cx, cy, scale };
  });
}

async function waitForView(page: Page, ok: (v: PaintedView) => boolean): Promise<PaintedView> {
  for (let attempt = 0; attempt < 3000; attempt++) {
    const view = await paintedView(page);
    if (ok(view)) return view;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  throw new Error(
    `bench/render: the map never reached the expected view (${JSON.stringify(await paintedView(page))})`,
  );
}

/**
 * Drag the largest country's cluster (most people) to the middle of the open map, then wheel-zoom
 * there until the cluster fills it: the map then draws that country's people one by one.
 */
async function zoomOntoLargestCountry(page: Page, scenario: string, seed: number): Promise<void> {
  const net = createSim(BUILT_IN_SCENARIOS[scenario], seed).net;
  const geo = buildNetworkLayout(net, worldAtlas()).geo;
  const people = new Float64Array(net.countries.length);
  for (let s = 0; s < net.syndicateCount; s++)
    people[net.syndicateCountry[s]] += net.firstMember[s + 1] - net.firstMember[s];
  const country = people.indexOf(Math.max(...people));

  const open = await page.locator('.map-ui').boundingBox();
  const size = page.viewportSize();
  if (open === null || size === null) throw new Error('bench/render: no open map area');
  const start = await paintedView(page);
  const screen = (x: number, y: number, v: PaintedView) => ({
    x: (x - v.cx) * v.scale + size.width / 2,
    y: (y - v.cy) * v.scale + size.height / 2,
  });
  const from = screen(geo.countryX[country], geo.countryY[country], start);
  const to = { x: open.x + open.width / 2, y: open.y + open.height / 2 };
  if (Math.hypot(to.x - from.x, to.y - from.y) > 10) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
  }
  // Fit the cluster, but at least far enough in for people (not markers) to be drawn, clearly.
  const fit = (0.9 * Math.min(open.width, open.height)) / (2 * geo.countryR[country]);
  const target = Math.max(fit, (1.5 * PEOPLE_FROM_PX) / (PERSON_RADIUS * geo.unit));
  const notches = Math.max(0, Math.ceil(Math.log(target / start.scale) / Math.log(ZOOM_PER_NOTCH)));
  await page.mouse.move(to.x, to.y);
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, -WHEEL_NOTCH);
  await waitForView(
    page,
    (v) => v.level === 'people' && v.scale >= start.scale * ZOOM_PER_NOTCH ** notches * 0.95,
  );
}
