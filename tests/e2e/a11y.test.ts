import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, openSession, type Session } from './browser';
import { SCREENS, type ScreenName, TOUR_TIMEOUT_MS, tour } from './tour';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's violations on the current screen. The source is evaluated through the DevTools
 * protocol rather than added as a <script>, which the page's CSP (rightly) refuses.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core is injected at run time, untyped here.
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((node) => node.target.join(' ')),
      }),
    );
  });
}

describe('accessibility (axe-core) on every screen and dialog', () => {
  let session: Session;
  const found = new Map<ScreenName, Violation[]>();

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?seed=5`);
    await tour(session.page, async (screen) => {
      found.set(screen, await axeViolations(session.page));
    });
  }, TOUR_TIMEOUT_MS);

  afterAll(async () => {
    await session?.close();
  });

  for (const screen of SCREENS) {
    it(`finds no violations: ${screen}`, () => {
      expect(found.get(screen)).toEqual([]);
    });
  }

  it('logged no errors (axe ran under the page CSP)', async () => {
    expect(session.record.errors).toEqual([]);
    expect(await cspViolations(session.page)).toEqual([]);
  });
});
