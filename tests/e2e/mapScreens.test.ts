import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import type { Session } from './browser';
import { canvasPng, openMapGame, waitForPaint } from './map/mapPage';
import { savedGame } from './map/savedGames';
import { pixelStats } from './pixels';

const baseUrl = inject('baseUrl');
/** Screenshots kept for people to look at (CI artefacts); nothing is compared against them. */
const shotDir = new URL('../../.test-results/screenshots/', import.meta.url);
mkdirSync(shotDir, { recursive: true });

const sizes = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** A full-scale game at day 600 (thousands of handsets), the hardest picture to draw. */
const save = savedGame('full-scale', 1, 600);

describe('the map at full scale, on small and large screens', () => {
  let session: Session | undefined;

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  for (const { width, height } of sizes) {
    it(`draws the world, members and whole-network views at ${width}×${height}`, async () => {
      session = await openMapGame(baseUrl, save, { viewport: { width, height } });
      const { page, context } = session;
      const shot = async (name: string) => {
        await page.screenshot({ path: new URL(`map-${name}-${width}x${height}.png`, shotDir).pathname });
        return pixelStats(context, await canvasPng(page));
      };

      const world = await shot('world');
      expect(world.litPixels).toBeGreaterThan(2000);
      expect(world.bluePixels).toBeGreaterThan(200);

      await page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the test handle is untyped on window.
        (window as any).__backchannel.store.getState().selectSyndicate(0);
      });
      await page.getByRole('button', { name: en['map.view.members'] }).click();
      await waitForPaint(page, (p) => p.level === 'people');
      const members = await shot('members');
      expect(members.bluePixels).toBeGreaterThan(200);

      await page.getByRole('button', { name: en['map.view.all'] }).click();
      await waitForPaint(page, (p) => p.level === 'whole');
      const whole = await shot('whole');
      expect(whole.litPixels).toBeGreaterThan(5000);

      expect(session.record.errors).toEqual([]);
    });
  }
});
