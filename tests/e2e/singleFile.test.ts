import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/viteServers';
import { cspViolations, openSession, type Session } from './browser';
import { hudDay } from './game';
import { advanceDays, storeView, waitForPaint } from './map/mapPage';
import { metaCsp } from './metaCsp';
import { startWorkshopPaused } from './newGame';

/** `npm run build` writes it (`vite build --mode single-file`); E2E_SINGLE_DIST picks another folder. */
const singleFile = `${repoRoot}${process.env.E2E_SINGLE_DIST ?? 'dist-single'}/backchannel.html`;

describe('the single-file build (dist-single/backchannel.html)', () => {
  if (!existsSync(singleFile)) {
    throw new Error(`tests/e2e: ${singleFile} is missing; build first (\`npm run build\` makes it).`);
  }
  const html = readFileSync(singleFile, 'utf8');
  const fileUrl = pathToFileURL(singleFile).href;

  describe('the file', () => {
    const { policy, directives } = metaCsp(html);

    it('refers to no other file: scripts and styles are inline, images are data: URIs', () => {
      const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
      const urls = [...markup.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      expect(urls.filter((url) => !url.startsWith('data:'))).toEqual([]);
      expect(html).not.toMatch(/<script\b[^>]*\ssrc=|<link\b[^>]*rel="(stylesheet|manifest|modulepreload)"/);
    });

    it('allows its inline script and style by hash only, and nothing from elsewhere', () => {
      expect(directives.get('default-src')).toEqual(["'none'"]);
      const hash = /^'sha256-[A-Za-z0-9+/]{43}='$/;
      expect(directives.get('script-src')?.length).toBeGreaterThan(0);
      expect(directives.get('script-src')?.every((source) => hash.test(source))).toBe(true);
      expect(directives.get('style-src')?.every((source) => hash.test(source))).toBe(true);
      expect(directives.get('img-src')).toEqual(['data:']);
      expect(policy).not.toMatch(/unsafe-|'self'|https?:|\*/);
    });

    it('has no service worker', () => {
      expect(html).not.toMatch(/registerSW|sw\.js|rel="manifest"/);
    });
  });

  describe('opened from file://', () => {
    let session: Session;

    beforeAll(async () => {
      session = await openSession(`${fileUrl}?test-hooks&seed=3`);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('starts a game, draws the map and plays a day, with no request beyond the file itself', async () => {
      const { page } = session;
      await startWorkshopPaused(page);
      expect((await storeView(page)).screen).toBe('play');
      await waitForPaint(page, (painted) => painted.level !== '');
      const day = await hudDay(page);
      const revision = await advanceDays(page, 1);
      await waitForPaint(page, (painted) => painted.revision === revision);
      expect(await hudDay(page)).toBe(day + 1);

      expect(session.record.errors).toEqual([]);
      expect(session.record.failedRequests).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(new Set(session.record.requests.map((url) => url.replace(/[?#].*$/, '')))).toEqual(
        new Set([fileUrl]),
      );
    });

    it('keeps the game in the browser: a reload resumes it on the same day', async () => {
      const { page } = session;
      const day = await hudDay(page);
      await page.reload();
      await page.locator('.hud').waitFor();
      expect(await hudDay(page)).toBe(day);
      await waitForPaint(page, (painted) => painted.level !== '');
      expect(session.record.errors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    });
  });
});
