import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { openSession, type Session } from './browser';
import { isThreat, loadSave, saveBefore } from './game';

const baseUrl = inject('baseUrl');
/** Screenshots of the play screen on each device, for people to look at; nothing compares them. */
const shotDir = new URL('../../.test-results/devices/', import.meta.url);
mkdirSync(shotDir, { recursive: true });

/** A small phone and a common one, a tablet held upright and a Chromebook: the classroom's devices. */
const devices = [
  { name: 'small phone', width: 360, height: 740, touch: true, oneRowBar: false },
  { name: 'phone', width: 390, height: 844, touch: true, oneRowBar: false },
  { name: 'tablet', width: 768, height: 1024, touch: true, oneRowBar: false },
  { name: 'chromebook', width: 1366, height: 768, touch: false, oneRowBar: true },
] as const;

const beforeThreat = saveBefore('classroom', 7, isThreat);

interface Fit {
  scrollWidth: number;
  map: DOMRectLike;
  /** The panel the pressed tab opened, if the tabs are on screen and one is pressed. */
  sheet: DOMRectLike | null;
  actionBar: DOMRectLike | null;
  /** The action bar's buttons, by their distinct tops: one row is one top. */
  actionRows: number;
  smallestButton: number;
}

interface DOMRectLike {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const box = (element: Element | null) => {
      if (element === null) return null;
      const r = element.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const pressed = document.querySelector('.sheet-tabs__tab[aria-expanded="true"]');
    const controls = pressed?.getAttribute('aria-controls');
    const bar = document.querySelector('.action-bar');
    const barButtons = bar ? [...bar.querySelectorAll('button')].filter((b) => b.checkVisibility()) : [];
    const scope = document.querySelector('dialog[open]') ?? document;
    const buttons = [...scope.querySelectorAll('button')].filter((b) => b.checkVisibility());
    return {
      scrollWidth: document.documentElement.scrollWidth,
      map: box(document.querySelector('.play__map'))!,
      sheet: controls && pressed?.checkVisibility() ? box(document.getElementById(controls)) : null,
      actionBar: bar?.checkVisibility() ? box(bar) : null,
      actionRows: new Set(barButtons.map((b) => Math.round(b.getBoundingClientRect().top))).size,
      smallestButton: Math.min(...buttons.map((b) => b.getBoundingClientRect().height)),
    };
  });
}

for (const device of devices) {
  const { name, width, height, touch, oneRowBar } = device;
  const narrow = width <= 700;

  describe(`the play screen on a ${name} (${width}×${height})`, () => {
    let session: Session;
    const seen = new Map<string, Fit>();

    /** Tap on a touch screen, click elsewhere. */
    const press = async (role: 'button' | 'checkbox', label: string) => {
      const target = session.page.getByRole(role, { name: label, exact: true });
      await (touch ? target.tap() : target.click());
    };
    const shoot = async (shot: string) => {
      const { page } = session;
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
      seen.set(shot, await measure(page));
      await page.screenshot({ path: new URL(`${shot}-${width}x${height}.png`, shotDir).pathname });
    };

    beforeAll(async () => {
      session = await openSession(`${baseUrl}?seed=5`, {
        viewport: { width, height },
        hasTouch: touch,
        isMobile: touch,
      });
      const { page } = session;
      await press('button', en['title.start']);
      await press('button', 'Play Workshop demo');
      await press('button', en['briefing.begin']);
      const box = page.locator('.picker input[type="checkbox"]').first();
      await (touch ? box.tap() : box.check());
      await press('button', en['seeding.confirm']);
      await press('button', en['clock.pause']);
      await page.locator('.hud').waitFor();
      await shoot('play');
      if (narrow) {
        await press('button', en['play.sheet.network']);
        await shoot('play-network');
      }
      const syndicate = page.locator('.syndicate-list__item').first();
      await (touch ? syndicate.tap() : syndicate.click());
      await page.locator('#case-heading').waitFor();
      await shoot('play-case');
      await press('button', en['inbox.toggle']);
      await page.locator('#inbox-heading').waitFor();
      await shoot('play-inbox');
      if (narrow) {
        await press('button', en['play.actions']);
        await shoot('play-actions');
        await press('button', en['play.actions']);
      } else {
        await press('button', en['inbox.toggle']);
      }

      await loadSave(page, beforeThreat.save);
      await page.locator('.hud').waitFor();
      await press('button', en['clock.speed1']);
      await page.getByRole('alertdialog', { name: en['threat.heading'] }).waitFor();
      await shoot('threat');
      await press('button', en['threat.none']);
      if (narrow) await press('button', en['play.actions']);
      await press('button', en['play.planTakedown']);
      await page.locator('#takedown-heading').waitFor();
      await shoot('takedown');
    }, 600_000);

    afterAll(async () => {
      await session?.close();
    });

    it('never scrolls sideways', () => {
      for (const [shot, fit] of seen) expect(fit.scrollWidth, shot).toBeLessThanOrEqual(width);
    });

    if (narrow) {
      it('gives the map the whole width and opens each sheet inside the window', () => {
        for (const [shot, fit] of seen) {
          if (shot === 'takedown') continue;
          expect(fit.map.width).toBeGreaterThanOrEqual(width * 0.9);
          if (shot.startsWith('play-')) {
            expect(fit.sheet).not.toBeNull();
            expect(fit.sheet!.top).toBeGreaterThanOrEqual(0);
            expect(fit.sheet!.bottom).toBeLessThanOrEqual(height);
            expect(fit.sheet!.right).toBeLessThanOrEqual(width);
          }
        }
        expect(seen.get('play')!.sheet).toBeNull();
        expect(seen.get('play')!.map.height).toBeGreaterThanOrEqual(height * 0.6);
      });
    } else {
      it('keeps the map its height, and the action bar on one row where there is the width', () => {
        const fit = seen.get('play')!;
        if (oneRowBar) expect(fit.actionRows).toBe(1);
        else expect(fit.actionRows).toBeLessThanOrEqual(2);
        expect(fit.map.height).toBeGreaterThanOrEqual(height * 0.45);
        expect(fit.map.width).toBeGreaterThanOrEqual(width * 0.5);
      });
    }

    if (touch) {
      it('makes every control at least 44 px high for a thumb', () => {
        for (const [shot, fit] of seen) {
          if (shot === 'takedown') continue;
          expect(fit.smallestButton, shot).toBeGreaterThanOrEqual(44);
        }
      });
    }

    it('logged no errors', () => {
      expect(session.record.errors).toEqual([]);
    });
  });
}
