import type { Page } from 'playwright-core';
import { en } from '../../src/view/strings/en';

/**
 * Start the workshop demo through the UI, as a player would (title, choice of operation, briefing,
 * first contacts), and pause the clock on the play screen so the test decides when days pass.
 */
export async function startWorkshopPaused(page: Page): Promise<void> {
  await page.getByRole('button', { name: en['title.start'] }).click();
  await page.getByRole('button', { name: 'Play Workshop demo' }).click();
  await page.getByRole('button', { name: en['briefing.begin'] }).click();
  await page.locator('.picker input[type="checkbox"]').first().check();
  await page.getByRole('button', { name: en['seeding.confirm'] }).click();
  await page.getByRole('button', { name: en['clock.pause'] }).click();
  await page.locator('.hud').waitFor();
}
