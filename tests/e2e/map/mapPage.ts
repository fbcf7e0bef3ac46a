/**
 * Plumbing for the map's browser tests: open the game on a saved game (through the page's own
 * resume-on-load), read what the map painted (the data-map-* attributes of #backdrop), read the
 * store through the `?test-hooks` handle, and compare canvas pictures.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { openSession, type Session, waitFrames } from '../browser';
import { SAVE_KEY } from './savedGames';

export interface Painted {
  readonly level: string;
  readonly revision: number;
  readonly view: { cx: number; cy: number; scale: number };
}

export interface StoreView {
  readonly selected: number | null;
  readonly mode: string;
  readonly revision: number;
  readonly day: number;
  readonly screen: string;
}

/** Open the page with test hooks, store `save`, reload, and wait until the map has painted. */
export async function openMapGame(
  baseUrl: string,
  save: string,
  options: BrowserContextOptions = {},
): Promise<Session> {
  const session = await openSession(`${baseUrl}?test-hooks`, options);
  // Let the first load finish (so the reload aborts nothing), then load the save by reloading.
  await session.page.locator('#backdrop[data-backdrop="ready"] canvas').waitFor({ state: 'attached' });
  await session.page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, save]);
  await session.page.reload();
  await waitForPaint(session.page, (p) => p.level !== '');
  return session;
}

export async function painted(page: Page): Promise<Painted> {
  return page.evaluate(() => {
    const data = document.getElementById('backdrop')?.dataset ?? {};
    const [cx, cy, scale] = (data.mapView ?? '0 0 0').split(' ').map(Number);
    return { level: data.mapLevel ?? '', revision: Number(data.mapRevision ?? -1), view: { cx, cy, scale } };
  });
}

/** Wait (frame by frame, no clock) until what the map painted satisfies `ok`, then two frames more. */
export async function waitForPaint(page: Page, ok: (p: Painted) => boolean): Promise<Painted> {
  for (let attempt = 0; attempt < 2000; attempt++) {
    const now = await painted(page);
    if (ok(now)) {
      await waitFrames(page, 2);
      return painted(page);
    }
    await waitFrames(page, 2);
  }
  throw new Error(`the map never painted as expected (last: ${JSON.stringify(await painted(page))})`);
}

export function storeView(page: Page): Promise<StoreView> {
  return page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the test handle is untyped on window.
    const state = (window as any).__backchannel.store.getState();
    return {
      selected: state.selectedSyndicate,
      mode: state.mapMode,
      revision: state.game?.revision ?? -1,
      day: state.game?.sim.day ?? -1,
      screen: state.screen,
    };
  });
}

/** Run `days` days through the store's own action (what the play clock calls). */
export async function advanceDays(page: Page, days: number): Promise<number> {
  return page.evaluate((n) => {
    // biome-ignore lint/suspicious/noExplicitAny: the test handle is untyped on window.
    const store = (window as any).__backchannel.store;
    for (let d = 0; d < n; d++) store.getState().advanceDay();
    return store.getState().game.revision as number;
  }, days);
}

/** The map canvas's pixels as a PNG (read from the canvas itself: no DOM drawn over it). */
export async function canvasPng(page: Page): Promise<Buffer> {
  const url = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#backdrop canvas');
    if (canvas === null) throw new Error('no map canvas');
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/** How many pixels differ clearly between two PNGs of the same size (decoded on a blank page). */
export async function differingPixels(context: BrowserContext, a: Buffer, b: Buffer): Promise<number> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ([first, second]) => {
        const read = async (src: string) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const ctx = canvas.getContext('2d');
          if (ctx === null) throw new Error('no 2D context');
          ctx.drawImage(image, 0, 0);
          return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        const [x, y] = await Promise.all([read(first), read(second)]);
        if (x.length !== y.length) return Number.POSITIVE_INFINITY;
        let differ = 0;
        for (let i = 0; i < x.length; i += 4) {
          const d = Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]);
          if (d > 30) differ++;
        }
        return differ;
      },
      [`data:image/png;base64,${a.toString('base64')}`, `data:image/png;base64,${b.toString('base64')}`],
    );
  } finally {
    await page.close();
  }
}
