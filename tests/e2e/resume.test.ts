import { afterEach, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { openSession, type Session } from './browser';
import { hudDay, hudFigures, SAVE_KEY, UNREADABLE_SAVE_KEY, untilDayOrDialog } from './game';

const baseUrl = inject('baseUrl');

describe('save and resume', () => {
  let session: Session | undefined;

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('a reload mid-game resumes on the same day with the same figures', async () => {
    session = await openSession(`${baseUrl}?seed=11`);
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('button', { name: 'Play Workshop demo' }).click();
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('.picker input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: en['seeding.confirm'] }).click();
    await page.keyboard.press('4');
    while (await untilDayOrDialog(page, 45)) {
      await page.locator('dialog[open] .actions button, dialog[open] .choices button').first().click();
      await page.keyboard.press('4');
    }
    await page.getByRole('button', { name: en['clock.pause'] }).click();
    const day = await hudDay(page);
    const figures = await hudFigures(page);
    expect(day).toBeGreaterThanOrEqual(45);

    await page.reload();
    await page.locator('.hud').waitFor();
    expect(await hudDay(page)).toBe(day);
    expect(await hudFigures(page)).toEqual(figures);
    expect(await page.getByRole('button', { name: en['clock.pause'] }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(session.record.errors).toEqual([]);
  });

  for (const [what, broken] of [
    ['not JSON', '{ this is not json'],
    [
      'a damaged scenario',
      JSON.stringify({ format: 1, scenario: { id: 'x' }, seed: 1, day: 3, commands: {} }),
    ],
  ] as const) {
    it(`explains a corrupted save (${what}), keeps a copy and offers a fresh start`, async () => {
      session = await openSession(baseUrl);
      const { page } = session;
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, broken] as const);
      await page.reload();

      const problem = page.getByRole('heading', { name: en['saveProblem.heading'] });
      await problem.waitFor();
      expect(await page.locator('.callout--danger').textContent()).toMatch(/saved game/);
      expect(await page.evaluate((key) => localStorage.getItem(key), UNREADABLE_SAVE_KEY)).toBe(broken);

      await page.getByRole('button', { name: en['saveProblem.startAfresh'] }).click();
      await page.locator('#scenarios-heading').waitFor();
      expect(await problem.count()).toBe(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
      expect(await page.evaluate((key) => localStorage.getItem(key), UNREADABLE_SAVE_KEY)).toBe(broken);
      expect(await page.getByRole('button', { name: en['scenarios.resume'] }).count()).toBe(0);
      expect(session.record.errors).toEqual([]);
    });
  }

  it('offers the saved game on the scenario screen after leaving it', async () => {
    session = await openSession(`${baseUrl}?seed=3`);
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('button', { name: 'Play Workshop demo' }).click();
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('.picker input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: en['seeding.confirm'] }).click();
    await page.getByRole('button', { name: en['play.leave'] }).click();
    await page.getByRole('button', { name: en['title.start'] }).click();
    expect(await page.getByText('You have a saved game: Workshop demo, day 0.').count()).toBe(1);
    await page.getByRole('button', { name: en['scenarios.resume'] }).click();
    await page.locator('.hud').waitFor();
    expect(await hudDay(page)).toBe(0);
    expect(session.record.errors).toEqual([]);
  });
});
