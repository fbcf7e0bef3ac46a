import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { openSession, type Session } from './browser';
import { hudDay, openDialogHeading, untilDayOrDialog } from './game';

const baseUrl = inject('baseUrl');

/** The workshop is played to this day before the takedown. */
const TAKEDOWN_DAY = 30;

/** Tap the button named `name` (exactly), as a thumb would. */
function tap(page: Page, name: string): Promise<void> {
  return page.getByRole('button', { name, exact: true }).tap();
}

/** Whether the narrow screen's tab named `name` says its panel is open. */
async function tabOpen(page: Page, name: string): Promise<boolean> {
  return (await page.getByRole('button', { name, exact: true }).getAttribute('aria-expanded')) === 'true';
}

describe('a phone (touch, 390×844): a workshop game from the title to the debrief with taps only', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?seed=5`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('taps from the title through the briefing and the first contacts to play', async () => {
    const { page } = session;
    await tap(page, en['title.start']);
    await tap(page, 'Play Workshop demo');
    await tap(page, en['briefing.begin']);
    await page.locator('.picker input[type="checkbox"]').first().tap();
    await tap(page, en['seeding.confirm']);
    await page.locator('.hud').waitFor();
    await tap(page, en['clock.pause']);
    expect(await page.locator('.sheet-tabs').isVisible()).toBe(true);
  });

  it('opens the network, a case file, the intercepts and the actions, one sheet at a time', async () => {
    const { page } = session;
    await tap(page, en['play.sheet.network']);
    expect(await tabOpen(page, en['play.sheet.network'])).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.syndicate-list__item').first().tap();
    await page.locator('#case-heading').waitFor();
    expect(await tabOpen(page, en['play.sheet.case'])).toBe(true);
    expect(await tabOpen(page, en['play.sheet.network'])).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await tap(page, en['inbox.toggle']);
    await page.locator('#inbox-heading').waitFor();
    expect(await tabOpen(page, en['inbox.toggle'])).toBe(true);
    expect(await page.locator('#case-heading').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await tap(page, en['inbox.toggle']);
    expect(await page.locator('#inbox-heading').count()).toBe(0);

    // The case file comes back behind the inbox; its tab closes it.
    expect(await tabOpen(page, en['play.sheet.case'])).toBe(true);
    await tap(page, en['play.sheet.case']);
    expect(await page.locator('#case-heading').count()).toBe(0);
    // Closed by its own button, a case file hands focus to the network's tab.
    await tap(page, en['play.sheet.network']);
    await page.locator('.syndicate-list__item').first().tap();
    await page.getByRole('button', { name: en['case.close'] }).tap();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en['play.sheet.network']);
    expect(await page.getByRole('button', { name: en['play.sheet.case'] }).isDisabled()).toBe(true);

    await tap(page, en['play.actions']);
    expect(await page.getByRole('button', { name: en['play.planTakedown'] }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await tap(page, en['play.actions']);
    expect(await page.getByRole('button', { name: en['play.planTakedown'] }).isVisible()).toBe(false);
  });

  it(`runs the clock to day ${TAKEDOWN_DAY}, answering every alert with a tap`, async () => {
    const { page } = session;
    await tap(page, en['clock.speed4']);
    let alerts = 0;
    while (await untilDayOrDialog(page, TAKEDOWN_DAY)) {
      const heading = await openDialogHeading(page);
      if (alerts === 0) expect(await axeViolations(page)).toEqual([]);
      alerts++;
      if (heading === en['threat.heading']) await tap(page, en['threat.covert']);
      else await tap(page, en['notice.continue']);
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      if ((await hudDay(page)) >= TAKEDOWN_DAY) break;
      // An alert pauses the clock; start it again.
      await tap(page, en['clock.speed4']);
    }
    await tap(page, en['clock.pause']);
    expect(await hudDay(page)).toBeGreaterThanOrEqual(TAKEDOWN_DAY);
  });

  it('plans the takedown from the actions sheet, launches it and reaches the debrief', async () => {
    const { page } = session;
    await tap(page, en['play.actions']);
    await tap(page, en['play.planTakedown']);
    await page.locator('#takedown-heading').waitFor();
    await tap(page, en['takedown.launch']);
    await page.locator('#debrief-heading').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no errors', () => {
    expect(session.record.errors).toEqual([]);
  });
});
