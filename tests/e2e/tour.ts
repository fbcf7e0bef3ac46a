/**
 * A walk through every screen and dialog of the game, for the tests that check each one
 * (accessibility, layout and screenshots). Saves made in Node bring the game quickly to the
 * moments worth seeing: a threat alert, a leak.
 */
import type { Page } from 'playwright-core';
import { en } from '../../src/view/strings/en';
import { waitFrames } from './browser';
import {
  isLeak,
  isThreat,
  loadSave,
  openDialogHeading,
  SAVE_KEY,
  saveBefore,
  untilDayOrDialog,
} from './game';

export const SCREENS = [
  'title',
  'scenarios',
  'briefing',
  'seeding',
  'play',
  'threat',
  'case-file',
  'raid-dialog',
  'seed-dialog',
  'analysts-dialog',
  'notice',
  'takedown',
  'debrief',
  'save-problem',
  'guide',
  'editor',
  'review',
  'presenter',
] as const;
export type ScreenName = (typeof SCREENS)[number];

const beforeThreat = saveBefore('classroom', 7, isThreat);
// Seed 9 leaks early (day 96) when nobody plays, before any threat is read.
const beforeLeak = saveBefore('classroom', 9, isLeak);

/** Let a dialog's opening animation (if motion is on) finish, counting frames. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState === 'finished' || a.effect?.getTiming().iterations === Infinity),
    null,
    { polling: 'raf' },
  );
  await waitFrames(page, 2);
}

/** Start the clock at `speed` with focus on the map area (not on a button). */
async function run(page: Page, speed: '1' | '4'): Promise<void> {
  await page.locator('#play-heading').focus();
  await page.keyboard.press(speed);
}

/** A safety net for suites that take the whole tour in one hook (no test asserts a duration). */
export const TOUR_TIMEOUT_MS = 900_000;

/** Visit every screen in SCREENS order, calling `visit` on each once it is on screen. */
export async function tour(page: Page, visit: (screen: ScreenName) => Promise<void>): Promise<void> {
  const see = async (screen: ScreenName) => {
    await settled(page);
    await visit(screen);
  };
  await page.getByRole('button', { name: en['title.start'] }).waitFor();
  await see('title');
  await page.getByRole('button', { name: en['title.start'] }).click();
  await see('scenarios');
  await page.getByRole('button', { name: 'Play Workshop demo' }).click();
  await see('briefing');
  await page.getByRole('button', { name: en['briefing.begin'] }).click();
  const boxes = page.locator('.picker input[type="checkbox"]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await see('seeding');
  await page.getByRole('button', { name: en['seeding.confirm'] }).click();
  await page.locator('.hud').waitFor();
  await see('play');

  await loadSave(page, beforeThreat.save);
  await page.locator('.hud').waitFor();
  await run(page, '1');
  await page.getByRole('alertdialog', { name: en['threat.heading'] }).waitFor();
  await see('threat');
  await page.getByRole('button', { name: en['threat.none'] }).click();
  // A narrow screen keeps the syndicates on a tab of their own (SheetTabs).
  const networkTab = page.getByRole('button', { name: en['play.sheet.network'], exact: true });
  if (await networkTab.isVisible()) await networkTab.click();
  await page.locator('.syndicate-list__item').first().click();
  await page.locator('#case-heading').waitFor();
  await see('case-file');
  await page.getByRole('button', { name: en['case.raid'] }).click();
  await see('raid-dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await page.locator('#seed-heading').waitFor();
  await see('seed-dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('a');
  await page.locator('#analysts-heading').waitFor();
  await see('analysts-dialog');
  await page.keyboard.press('Escape');

  await loadSave(page, beforeLeak.save);
  await page.locator('.hud').waitFor();
  // Threats still open when the save was made come first; then the leak.
  for (;;) {
    const heading = await openDialogHeading(page);
    if (heading === en['notice.leak.heading']) break;
    if (heading === en['threat.heading']) {
      await page.getByRole('button', { name: en['threat.none'] }).click();
      continue;
    }
    await run(page, '1');
    await untilDayOrDialog(page, Number.POSITIVE_INFINITY);
  }
  await see('notice');
  await page.getByRole('button', { name: en['notice.continue'] }).click();
  await page.locator('#play-heading').focus();
  await page.keyboard.press('t');
  await page.locator('#takedown-heading').waitFor();
  // The plan's choices in use: the other priority, and a person marked to go for first.
  await page.getByRole('radio', { name: en['takedown.priority.evidence'] }).check();
  await page.locator('.named-targets > summary').click();
  await page.locator('.named-targets input[type="checkbox"]').first().check();
  await see('takedown');
  await page.getByRole('button', { name: en['takedown.launch'] }).click();
  await page.locator('#debrief-heading').waitFor();
  // The what-if replays come after the first paint; the screen is seen with their table in it.
  await page.locator('.debrief[data-computing="false"]').waitFor();
  await see('debrief');

  await page.evaluate((key) => localStorage.setItem(key, '{"format":1}'), SAVE_KEY);
  await page.reload();
  await page.getByRole('heading', { name: en['saveProblem.heading'] }).waitFor();
  await see('save-problem');

  // The teachers' pages, each from the title screen's row and back.
  const pages = [
    ['guide', en['title.guide']],
    ['editor', en['title.editor']],
    ['review', en['title.review']],
    ['presenter', en['title.presenter']],
  ] as const;
  for (const [screen, button] of pages) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForFunction((name) => document.documentElement.dataset.screen === name, screen);
    await see(screen);
    await page.getByRole('button', { name: en['common.backToTitle'] }).first().click();
    await page.getByRole('button', { name: en['title.start'], exact: true }).waitFor();
  }
}
