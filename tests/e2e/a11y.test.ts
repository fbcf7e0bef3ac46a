import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { openSession, type Session, waitForBackdrop } from './browser';

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

describe('accessibility (axe-core)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(baseUrl);
    await waitForBackdrop(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('finds no violations on the title screen', async () => {
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('finds no violations on the coming-next notice', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('heading', { level: 2, name: en['comingNext.heading'] }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no errors (axe ran under the page CSP)', () => {
    expect(session.record.errors).toEqual([]);
  });
});
