import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, waitForBackdrop, waitFrames } from './browser';
import { pixelStats } from './pixels';
import { SCREENS, type ScreenName, TOUR_TIMEOUT_MS, tour } from './tour';

const baseUrl = inject('baseUrl');
/** Screenshots kept for people to look at (CI artefacts); nothing is compared against them. */
const shotDir = new URL('../../.test-results/screenshots/', import.meta.url);
mkdirSync(shotDir, { recursive: true });

/** Desktops, and the classroom's other devices: a phone and a tablet (touch), a Chromebook. */
const sizes = [
  { width: 1024, height: 768, touch: false },
  { width: 1920, height: 1080, touch: false },
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1366, height: 768, touch: false },
] as const;

/** Up to this width the play screen is the map with one sheet at a time over it (play.css). */
const NARROW_MAX = 700;

/** Screens that must fit the window without scrolling, even at 1024×768. */
const oneScreen: ReadonlySet<ScreenName> = new Set(['title', 'scenarios', 'briefing']);

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

interface Metrics {
  scrollWidth: number;
  panel: Box | null;
  /** A problem the player must see (a damaged save), which must be on screen without scrolling. */
  problem: Box | null;
  dialog: Box | null;
  docks: Box[];
  map: Box | null;
  /** The panel that the narrow screen's pressed tab opened, if any. */
  sheet: Box | null;
  smallestButton: number;
  textSize: number;
}

function measure(page: Page): Promise<Metrics> {
  return page.evaluate(() => {
    const box = (element: Element | null) => {
      if (element === null) return null;
      const r = element.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const dialog = document.querySelector('dialog[open]');
    const scope = dialog ?? document;
    const buttons = [...scope.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().height > 0);
    const text = scope.querySelector('p:not(.eyebrow):not(.hint):not(.fineprint)');
    const tab = document.querySelector('.sheet-tabs__tab[aria-expanded="true"]');
    const sheetId = tab?.checkVisibility() ? tab.getAttribute('aria-controls') : null;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      panel: box(document.querySelector('.panel')),
      problem: box(document.querySelector('.callout--danger')),
      dialog: box(dialog),
      docks: [...document.querySelectorAll('.hud, .dock, .action-bar')].map((d) => box(d)!),
      map: box(document.querySelector('.play__map')),
      sheet: sheetId ? box(document.getElementById(sheetId)) : null,
      smallestButton: Math.min(...buttons.map((b) => b.getBoundingClientRect().height)),
      textSize: text ? Number.parseFloat(getComputedStyle(text).fontSize) : 16,
    };
  });
}

function inside(box: Box, width: number, height: number): void {
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(width);
  expect(box.bottom).toBeLessThanOrEqual(height);
}

/** Wait (in frames) until the backdrop has followed the viewport's size. */
async function waitForCanvasWidth(page: Page, width: number): Promise<void> {
  const canvas = page.locator('#backdrop canvas');
  for (let attempt = 0; attempt < 300; attempt++) {
    if ((await canvas.evaluate((element: HTMLCanvasElement) => element.width)) === width) return;
    await waitFrames(page, 5);
  }
  throw new Error(`the backdrop canvas never became ${width}px wide`);
}

for (const { width, height, touch } of sizes) {
  describe(`layout at ${width}×${height}`, () => {
    let session: Session;
    const seen = new Map<ScreenName, Metrics>();
    let canvas: Awaited<ReturnType<typeof pixelStats>> | null = null;

    beforeAll(async () => {
      session = await openSession(`${baseUrl}?seed=5`, {
        viewport: { width, height },
        hasTouch: touch,
        isMobile: touch,
      });
      const { page, context } = session;
      await waitForBackdrop(page);
      await waitForCanvasWidth(page, width);
      canvas = await pixelStats(context, await page.locator('#backdrop canvas').screenshot());
      await tour(page, async (screen) => {
        seen.set(screen, await measure(page));
        await page.screenshot({ path: new URL(`${screen}-${width}x${height}.png`, shotDir).pathname });
      });
    }, TOUR_TIMEOUT_MS);

    afterAll(async () => {
      await session?.close();
    });

    it('draws the backdrop canvas at the window size', () => {
      expect(canvas?.width).toBe(width);
      expect(canvas?.height).toBe(height);
      expect(canvas?.litPixels).toBeGreaterThan(500);
    });

    for (const screen of SCREENS) {
      it(`fits ${screen}`, () => {
        const m = seen.get(screen)!;
        expect(m.scrollWidth).toBeLessThanOrEqual(width);
        expect(m.textSize).toBeGreaterThanOrEqual(13);
        if (m.dialog) inside(m.dialog, width, height);
        if (m.panel) {
          expect(m.panel.left).toBeGreaterThanOrEqual(0);
          expect(m.panel.right).toBeLessThanOrEqual(width);
          // A phone scrolls down the longer screens; it never scrolls sideways (above).
          if (oneScreen.has(screen) && width > NARROW_MAX) inside(m.panel, width, height);
          if (screen === 'save-problem') inside(m.problem!, width, height);
          expect(m.smallestButton).toBeGreaterThanOrEqual(40);
        } else if (width <= NARROW_MAX) {
          // A phone: the map across the screen, the one sheet open in the window, room for a thumb.
          for (const dock of m.docks) inside(dock, width, height);
          expect(m.map?.width).toBeGreaterThanOrEqual(width * 0.9);
          if (m.sheet) inside(m.sheet, width, height);
          if (screen === 'case-file') expect(m.sheet).not.toBeNull();
          expect(m.smallestButton).toBeGreaterThanOrEqual(44);
        } else {
          // The play screen: every dock in the window, and a real map area left open in the middle.
          for (const dock of m.docks) inside(dock, width, height);
          expect(m.map?.width).toBeGreaterThanOrEqual(width * 0.25);
          expect(m.map?.height).toBeGreaterThanOrEqual(height * 0.45);
          expect(m.smallestButton).toBeGreaterThanOrEqual(touch ? 44 : 32);
        }
      });
    }

    it('logged no errors', () => {
      expect(session.record.errors).toEqual([]);
      expect(session.record.failedRequests).toEqual([]);
    });
  });
}
