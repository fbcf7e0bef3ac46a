import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { openSession, type Session, waitForBackdrop, waitFrames } from './browser';
import { pixelStats } from './pixels';

const baseUrl = inject('baseUrl');
/** Screenshots kept for people to look at (CI artefacts); nothing is compared against them. */
const shotDir = new URL('../../.test-results/screenshots/', import.meta.url);
mkdirSync(shotDir, { recursive: true });

const sizes = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Wait (in frames) until Phaser has followed a viewport change. */
async function waitForCanvasWidth(page: Page, width: number): Promise<void> {
  const canvas = page.locator('#backdrop canvas');
  for (let attempt = 0; attempt < 300; attempt++) {
    if ((await canvas.evaluate((element: HTMLCanvasElement) => element.width)) === width) return;
    await waitFrames(page, 5);
  }
  throw new Error(`the backdrop canvas never became ${width}px wide`);
}

async function checkScreenFits(page: Page, width: number, height: number): Promise<void> {
  const metrics = await page.evaluate(() => {
    const panel = document.querySelector('.panel')?.getBoundingClientRect();
    const button = document.querySelector('.panel button')?.getBoundingClientRect();
    const text = document.querySelector('.panel p:not(.eyebrow)');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      panel: panel && { top: panel.top, bottom: panel.bottom, left: panel.left, right: panel.right },
      buttonHeight: button?.height ?? 0,
      fontSize: text ? Number.parseFloat(getComputedStyle(text).fontSize) : 0,
    };
  });
  expect(metrics.scrollWidth).toBeLessThanOrEqual(width);
  expect(metrics.panel).toBeDefined();
  expect(metrics.panel?.left).toBeGreaterThanOrEqual(0);
  expect(metrics.panel?.right).toBeLessThanOrEqual(width);
  expect(metrics.panel?.top).toBeGreaterThanOrEqual(0);
  expect(metrics.panel?.bottom).toBeLessThanOrEqual(height);
  expect(metrics.buttonHeight).toBeGreaterThanOrEqual(44);
  expect(metrics.fontSize).toBeGreaterThanOrEqual(16);
}

describe('layout from 1024×768 to 1920×1080', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(baseUrl, { viewport: sizes[0] });
    await waitForBackdrop(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const { width, height } of sizes) {
    it(`fits the title screen and the notice at ${width}×${height}`, async () => {
      const { page, context } = session;
      await page.setViewportSize({ width, height });
      await waitForCanvasWidth(page, width);
      await waitFrames(page, 4);

      await checkScreenFits(page, width, height);
      await page.screenshot({ path: new URL(`title-${width}x${height}.png`, shotDir).pathname });

      const stats = await pixelStats(context, await page.locator('#backdrop canvas').screenshot());
      expect(stats.width).toBe(width);
      expect(stats.height).toBe(height);
      expect(stats.litPixels).toBeGreaterThan(500);

      await page.getByRole('button', { name: en['title.start'] }).click();
      await page.getByRole('heading', { level: 2, name: en['comingNext.heading'] }).waitFor();
      await checkScreenFits(page, width, height);
      await page.screenshot({ path: new URL(`notice-${width}x${height}.png`, shotDir).pathname });

      await page.getByRole('button', { name: en['comingNext.back'] }).click();
      await page.getByRole('button', { name: en['title.start'] }).waitFor();
    });
  }

  it('logged no errors while resizing', () => {
    expect(session.record.errors).toEqual([]);
    expect(session.record.failedRequests).toEqual([]);
  });
});
