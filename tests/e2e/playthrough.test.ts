import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { cspViolations, openSession, type Session } from './browser';
import { hudDay, untilDayOrDialog } from './game';

const baseUrl = inject('baseUrl');

/** The focused element's accessible text (its label, or its own text). */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
    return (label ?? element.textContent ?? '').trim();
  });
}

/** Press Tab until the focused element's text is `text` (at most `limit` presses). */
async function tabTo(page: Page, text: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Whether the focused element is one that `selector` matches. */
function focusedIs(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

describe('a keyboard-only playthrough of the workshop, title to debrief', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?seed=5`, { viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('chooses the workshop from the title with Tab and Enter', async () => {
    const { page } = session;
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(en['title.start']);
    await page.keyboard.press('Enter');
    await page.locator('#scenarios-heading').waitFor();
    expect(await focusedIs(page, '#scenarios-heading')).toBe(true);
    await tabTo(page, 'Play Workshop demo');
    await page.keyboard.press('Enter');
    await page.locator('#briefing-heading').waitFor();
    expect(await focusedIs(page, '#briefing-heading')).toBe(true);
  });

  it('reads the briefing and goes on to seeding', async () => {
    const { page } = session;
    expect(await page.locator('.keys kbd').count()).toBeGreaterThanOrEqual(6);
    await tabTo(page, en['briefing.begin']);
    await page.keyboard.press('Enter');
    await page.locator('#seeding-heading').waitFor();
  });

  it('chooses three first contacts with Space and hands out the handsets', async () => {
    const { page } = session;
    const boxes = page.locator('.picker input[type="checkbox"]');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
      await page.keyboard.press('Space');
    }
    expect(await boxes.evaluateAll((all) => all.filter((b) => (b as HTMLInputElement).checked).length)).toBe(
      3,
    );
    // At the limit the other contacts are disabled, so the next Tab reaches the confirm button.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(en['seeding.confirm']);
    await page.keyboard.press('Enter');
    await page.locator('.hud').waitFor();
    expect(await page.title()).toBe(en['app.documentTitle.play']);
    expect(await hudDay(page)).toBe(0);
  });

  it('runs the clock at 4× from the keyboard, answering every alert with Tab and Enter', async () => {
    const { page } = session;
    const target = 90;
    let alerts = 0;
    // An alert can open between the seeding and the key press; then 4 waits until it is answered.
    await page.keyboard.press('4');
    await page.waitForFunction(
      (label) =>
        document.querySelector('dialog[open]') !== null ||
        [...document.querySelectorAll('button[aria-pressed="true"]')].some((b) => b.textContent === label),
      en['clock.speed4'],
      { polling: 'raf' },
    );
    while (await untilDayOrDialog(page, target)) {
      alerts++;
      await page.locator('dialog[open] h2:focus').waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('dialog[open]') === null, null, {
        polling: 'raf',
      });
      await page.keyboard.press('4');
    }
    expect(await hudDay(page)).toBeGreaterThanOrEqual(target);
    expect(alerts).toBeLessThan(20);
    expect(await page.locator('.syndicate-list__item').count()).toBeGreaterThan(1);
  });

  it('pauses with Space, opens a case file and closes it again', async () => {
    const { page } = session;
    // Focus is on the play screen's heading (where the alerts returned it), not on a button.
    expect(await focusedIs(page, '#play-heading')).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForFunction(
      () => document.querySelector('.speed__button[aria-pressed="true"]')?.textContent === 'Pause',
      null,
      { polling: 'raf' },
    );
    const paused = await hudDay(page);
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 40 && !(await focusedIs(page, '.syndicate-list__item')); i++)
      await page.keyboard.press('Tab');
    expect(await focusedIs(page, '.syndicate-list__item')).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#case-heading').waitFor();
    await tabTo(page, en['case.close']);
    await page.keyboard.press('Enter');
    await page.locator('#case-heading').waitFor({ state: 'detached' });
    expect(await hudDay(page)).toBe(paused);
  });

  it('opens takedown planning with T', async () => {
    const { page } = session;
    // Closing the case file returned focus to the syndicate's entry; T works from there.
    expect(await focusedIs(page, '.syndicate-list__item')).toBe(true);
    await page.keyboard.press('t');
    await page.locator('#takedown-heading').waitFor();
    expect(await focusedIs(page, '#takedown-heading')).toBe(true);
    const figure = (id: string) => page.locator(`[data-figure="${id}"] dd`).textContent();
    expect(Number((await figure('teams'))?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await figure('warning')).toMatch(/%$/);
  });

  it('chooses whom the teams go for with the arrow keys, and marks a person with Space', async () => {
    const { page } = session;
    await tabTo(page, en['takedown.priority.key-player']);
    expect(await page.locator('#priority-key-player').isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#priority-evidence').isChecked()).toBe(true);
    expect(await page.locator('.screen table caption').textContent()).toBe(
      en['takedown.targetsCaption.evidence'],
    );
    await tabTo(page, en['takedown.named.heading']);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const person = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(person).toMatch(/^name-person-\d+$/);
    await page.keyboard.press('Space');
    expect(await page.locator(`#${person}`).isChecked()).toBe(true);
    // The marked person heads the targets.
    const first = page.locator('.screen table tbody tr').first();
    expect(await first.locator('.target-marked').textContent()).toBe(en['takedown.marked']);
    expect(await first.locator('.member__name').first().textContent()).toBe(
      (await page.locator(`label[for="${person}"]`).textContent())?.trim(),
    );
  });

  it('launches the takedown from the keyboard, with the choices in its command', async () => {
    const { page } = session;
    await tabTo(page, en['takedown.launch'], 200);
    await page.keyboard.press('Enter');
    await page.locator('#debrief-heading').waitFor();
    expect(await focusedIs(page, '#debrief-heading')).toBe(true);
    const commands = await page.evaluate(() => {
      const save = JSON.parse(localStorage.getItem('backchannel.save') ?? '{}');
      return Object.values(save.commands ?? {}).flat() as { type: string }[];
    });
    const takedown = commands.find((c) => c.type === 'takedown');
    expect(takedown).toMatchObject({ priority: 'evidence', people: [expect.any(Number)] });
  });

  it('ends on the debrief of the run', async () => {
    const { page } = session;
    expect(await page.title()).toBe(en['app.documentTitle.debrief']);
    expect(await page.locator('#debrief-heading').textContent()).toBe(en['debrief.heading']);
    expect(await page.locator('main table').count()).toBeGreaterThan(0);
  });

  it('logged no errors and broke no policy along the way', async () => {
    expect(session.record.errors).toEqual([]);
    expect(session.record.failedRequests).toEqual([]);
    expect(await cspViolations(session.page)).toEqual([]);
  });
});
