import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, openSession, type Session } from './browser';
import { hudDay } from './game';
import { advanceDays, storeView, waitForPaint } from './map/mapPage';
import { startWorkshopPaused } from './newGame';

const baseUrl = inject('baseUrl');

/**
 * The built site after one visit: its service worker has precached every file, so with the
 * network gone a reload still loads the page, the Phaser chunk and the saved game, and play goes on.
 */
describe('offline play (the service worker of dist/)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?test-hooks&seed=3`);
    // The worker claims the open page once it has installed, that is, once everything is precached.
    await session.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          if (navigator.serviceWorker.controller) resolve();
          else navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
        }),
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  it('registers a service worker from its own file, scoped to the folder the game is served from', async () => {
    const worker = await session.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return { script: registration.active?.scriptURL, scope: registration.scope };
    });
    expect(worker).toEqual({ script: `${baseUrl}sw.js`, scope: baseUrl });
  });

  it('reloads with no network, resumes the game and keeps playing', async () => {
    const { page, context } = session;
    await startWorkshopPaused(page);
    await advanceDays(page, 3);
    const day = await hudDay(page);
    expect(day).toBeGreaterThan(0);
    const requestsOnline = session.record.requests.length;

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.locator('.hud').waitFor();
    expect(await hudDay(page)).toBe(day);
    // The lazily loaded Phaser chunk came from the cache too: the map paints.
    await waitForPaint(page, (painted) => painted.level !== '');

    const revision = await advanceDays(page, 1);
    await waitForPaint(page, (painted) => painted.revision === revision);
    expect(await hudDay(page)).toBe(day + 1);
    expect((await storeView(page)).screen).toBe('play');

    // Every request after going offline was answered (by the worker); none failed.
    expect(session.record.requests.length).toBeGreaterThan(requestsOnline);
    expect(session.record.failedRequests).toEqual([]);
    expect(session.record.errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    // The network really is gone: what the worker has not cached cannot be fetched. (Chromium 150
    // reports navigator.onLine as true in a document reloaded under offline emulation, so the test
    // asks the network itself.)
    const uncached = await page.evaluate(() =>
      fetch('./not-precached.txt', { cache: 'no-store' }).then(
        () => 'answered',
        () => 'unreachable',
      ),
    );
    expect(uncached).toBe('unreachable');
  });
});
