/**
 * A fast first load: the title (its backdrop is plain 2D canvas) and the teachers' pages fetch no
 * Phaser; the Phaser chunk is fetched once the player heads for a game (choice of operation,
 * briefing), and the map still appears in play. Screenshots of the title at a laptop's and a
 * phone's size go to .test-results/firstload/.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { distDir, repoRoot } from '../support/viteServers';
import { cspViolations, openSession, type Session, waitForBackdrop, waitFrames } from './browser';
import { waitForPaint } from './map/mapPage';

const baseUrl = inject('baseUrl');
const shots = `${repoRoot}.test-results/firstload`;
mkdirSync(shots, { recursive: true });

/** The built Phaser chunk's file name (the map's entry module, src/view/phaser/mapView.ts). */
function phaserChunk(): string {
  const chunks = readdirSync(`${repoRoot}${distDir}/assets`).filter((name) => /^mapView-.*\.js$/.test(name));
  expect(chunks).toHaveLength(1);
  return chunks[0];
}

const fetched = (session: Session, file: string) =>
  session.record.requests.filter((url) => url.endsWith(file));

describe('first load', () => {
  let session: Session | undefined;

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  for (const { width, height } of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`shows the title at ${width}×${height} with its backdrop and no Phaser`, async () => {
      session = await openSession(baseUrl, { viewport: { width, height }, reducedMotion: 'reduce' });
      const { page } = session;
      await waitForBackdrop(page);
      await page.getByRole('button', { name: en['title.start'] }).waitFor();
      await waitFrames(page, 4);
      const size = await page
        .locator('#backdrop canvas')
        .evaluate((canvas: HTMLCanvasElement) => [canvas.width, canvas.height]);
      expect(size).toEqual([width, height]);
      await page.screenshot({ path: `${shots}/title-${width}x${height}.png` });
      expect(fetched(session, phaserChunk())).toEqual([]);
      expect(session.record.errors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    });
  }

  for (const page of ['guide', 'editor', 'review', 'presenter']) {
    it(`opens the teachers' page #${page} with no Phaser`, async () => {
      session = await openSession(`${baseUrl}#${page}`);
      await session.page.locator(`#${page}-heading`).waitFor();
      await waitFrames(session.page, 4);
      expect(fetched(session, phaserChunk())).toEqual([]);
      expect(session.record.errors).toEqual([]);
    });
  }

  // With no service worker, which would answer the page's requests before a route could.
  it("says a teachers' page is loading, then shows it with focus on its heading", async () => {
    session = await openSession(baseUrl, { serviceWorkers: 'block' });
    const { page } = session;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/TeacherGuideScreen-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: en['title.guide'] }).click();
    await page.getByRole('status').filter({ hasText: en['lazy.loading'] }).waitFor();
    release();
    await page.locator('#guide-heading').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-heading');
    expect(session.record.errors).toEqual([]);
  });

  it("explains a teachers' page that cannot be fetched, and tries again", async () => {
    session = await openSession(baseUrl, { serviceWorkers: 'block' });
    const { page } = session;
    const chunk = /EditorScreen-[^/]*\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: en['title.editor'] }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(en['lazy.failedHeading']).waitFor();
    expect(await alert.textContent()).toContain(en['lazy.failed']);
    await page.unroute(chunk);
    // Trying again reloads the page at its own address.
    await alert.getByRole('button', { name: en['lazy.retry'] }).click();
    await page.locator('#editor-heading').waitFor();
    expect(session.record.errors.some((error) => error.includes('a page failed to load'))).toBe(true);
  });

  it('fetches Phaser on the way to a game, and the map appears in play', async () => {
    session = await openSession(baseUrl);
    const { page } = session;
    await waitForBackdrop(page);
    const chunk = phaserChunk();
    const requested = page.waitForRequest((request) => request.url().endsWith(chunk));
    await page.getByRole('button', { name: en['title.start'] }).click();
    // On the choice of operation, before any game exists, the chunk is already on its way.
    await requested;
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('scenarios');
    await page.getByRole('button', { name: 'Play Workshop demo' }).click();
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('.picker input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: en['seeding.confirm'] }).click();
    await page.locator('.hud').waitFor();
    const painted = await waitForPaint(page, (p) => p.level !== '');
    expect(painted.level).not.toBe('');
    expect(await page.locator('#backdrop canvas').count()).toBe(1);
    expect(fetched(session, chunk)).toHaveLength(1);
    expect(session.record.errors).toEqual([]);
  });
});
