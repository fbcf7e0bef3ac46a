import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { distDir, repoRoot } from '../support/viteServers';
import { cspViolations, openSession, type Session, waitForBackdrop, waitFrames } from './browser';
import { metaCsp } from './metaCsp';
import { pixelStats } from './pixels';

const baseUrl = inject('baseUrl');
const builtHtml = readFileSync(`${repoRoot}${distDir}/index.html`, 'utf8');

describe('the built page', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(baseUrl);
    await waitForBackdrop(session.page);
    await waitFrames(session.page, 20);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads with no console error, no page error and no failed request', () => {
    expect(session.record.errors).toEqual([]);
    expect(session.record.failedRequests).toEqual([]);
  });

  it('makes every request to its own origin', () => {
    const origin = new URL(baseUrl).origin;
    expect(session.record.requests.length).toBeGreaterThan(0);
    expect(session.record.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('runs under its Content-Security-Policy without violations', async () => {
    expect(await cspViolations(session.page)).toEqual([]);
  });

  it('draws the title backdrop (the canvas is not blank)', async () => {
    const { page, context } = session;
    await page.evaluate(() => {
      // Hide the DOM panel so the screenshot shows only what the canvas drew.
      const ui = document.getElementById('ui');
      if (ui) ui.style.visibility = 'hidden';
    });
    await waitFrames(page, 2);
    const canvas = page.locator('#backdrop canvas');
    const stats = await pixelStats(context, await canvas.screenshot());
    await page.evaluate(() => {
      const ui = document.getElementById('ui');
      if (ui) ui.style.visibility = '';
    });
    expect(stats.width).toBe(1280);
    expect(stats.distinctColours).toBeGreaterThan(40);
    expect(stats.litPixels).toBeGreaterThan(500);
    expect(stats.bluePixels).toBeGreaterThan(50);
    expect(stats.orangePixels).toBeGreaterThan(20);
  });
});

describe('the built index.html', () => {
  const { policy, directives } = metaCsp(builtHtml);

  it('has a strict Content-Security-Policy', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    // data: only because Phaser builds its default textures from data:image/png URIs.
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    // The offline build's web manifest; its service worker falls under script-src.
    expect(directives.get('manifest-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('has no inline script and only relative asset URLs (dist/ works from any folder)', () => {
    const scripts = [...builtHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\.\//);
      expect(body.trim()).toBe('');
    }
    const urls = [...builtHtml.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(urls.filter((url) => !url.startsWith('./'))).toEqual([]);
  });

  it('links its web manifest and leaves registering the service worker to its own script', () => {
    expect(builtHtml).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest">/);
    // src/view/serviceWorker.ts registers it once the page is idle (tests/e2e/offline.test.ts).
    expect(builtHtml).not.toMatch(/registerSW|sw\.js/);
  });
});
