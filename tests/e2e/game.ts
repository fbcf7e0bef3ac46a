/**
 * Helpers for browser tests that play the game: saves made in Node with the same simulation,
 * the HUD read back from the page, and the clock run until a day (counted in frames, never time).
 */
import type { Page } from 'playwright-core';
import {
  applyCommands,
  BUILT_IN_SCENARIOS,
  type CommandLog,
  createSim,
  type SimEvent,
  seedCandidates,
  step,
} from '../../src/sim';
import { encodeSave, SAVE_FORMAT, SAVE_KEY, UNREADABLE_SAVE_KEY } from '../../src/store/savedGame';
import { en } from '../../src/view/strings/en';

export { SAVE_KEY, UNREADABLE_SAVE_KEY };

/**
 * A save of `scenarioId` (seeded with the informant's best contacts on day 0, then left to run)
 * stopped the day before the `nth` event that `matches` (0 = the first): resumed, the next day
 * brings it.
 */
export function saveBefore(
  scenarioId: string,
  seed: number,
  matches: (event: SimEvent) => boolean,
  nth = 0,
): { save: string; day: number } {
  const scenario = BUILT_IN_SCENARIOS[scenarioId];
  const sim = createSim(scenario, seed);
  const commands: CommandLog = {
    0: [{ type: 'seed', people: seedCandidates(sim, scenario.spread.firstContacts) }],
  };
  applyCommands(sim, commands[0]);
  let seen = 0;
  while (sim.day < scenario.days.max) {
    const day = sim.day;
    for (const event of step(sim, []).events) {
      if (!matches(event)) continue;
      if (seen === nth)
        return { save: encodeSave({ format: SAVE_FORMAT, scenario, seed, day, commands }), day };
      seen++;
    }
  }
  throw new Error(`saveBefore: ${scenarioId} seed ${seed} has no matching event number ${nth}`);
}

export const isThreat = (event: SimEvent) => event.type === 'threat-detected';
export const isLeak = (event: SimEvent) => event.type === 'leak';

/** Put `save` in the page's storage and reload: the game resumes it as a player's reload would. */
export async function loadSave(page: Page, save: string): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, save] as const);
  await page.reload();
}

/** The HUD's figures as the player sees them, label → text. */
export function hudFigures(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.hud__figure')].map((figure) => [
        figure.querySelector('dt')?.textContent ?? '',
        figure.querySelector('dd')?.textContent ?? '',
      ]),
    ),
  );
}

export async function hudDay(page: Page): Promise<number> {
  const text = await page.locator('.hud__figure--day .hud__value').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

/**
 * Wait, frame by frame, until the HUD shows day `day` or later, or a dialog asks for the player.
 * Returns true if a dialog is open.
 */
export async function untilDayOrDialog(page: Page, day: number): Promise<boolean> {
  await page.waitForFunction(
    (target) => {
      const text = document.querySelector('.hud__figure--day .hud__value')?.textContent ?? '';
      return document.querySelector('dialog[open]') !== null || Number(text.replace(/\D/g, '')) >= target;
    },
    day,
    { polling: 'raf', timeout: 0 },
  );
  return (await page.locator('dialog[open]').count()) > 0;
}

/** The open dialog's heading text, if a dialog is open. */
export async function openDialogHeading(page: Page): Promise<string | null> {
  const dialog = page.locator('dialog[open]');
  if ((await dialog.count()) === 0) return null;
  return dialog.locator('h2').textContent();
}

export const threatHeading = en['threat.heading'];
