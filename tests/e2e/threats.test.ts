import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { openSession, type Session } from './browser';
import {
  hudDay,
  isThreat,
  loadSave,
  openDialogHeading,
  saveBefore,
  threatHeading,
  untilDayOrDialog,
} from './game';

const baseUrl = inject('baseUrl');
/** Screenshots kept for people to look at (CI artefacts); nothing is compared against them. */
const shotDir = new URL('../../.test-results/screenshots/', import.meta.url);
mkdirSync(shotDir, { recursive: true });

/** The classroom network (seed 7) has threats early; the save stops the day before the first. */
const { save, day } = saveBefore('classroom', 7, isThreat);

interface ThreatState {
  response: string | null;
  heat: number;
  openThreats: readonly number[];
}

describe('threat-to-kill alerts', () => {
  let session: Session;

  /** The store's view of threat `id` (through ?test-hooks): what the choice did. */
  const threatState = (id: number) =>
    session.page.evaluate((threat): ThreatState => {
      // biome-ignore lint/suspicious/noExplicitAny: the test hook is untyped on window.
      const state = (window as any).__backchannel.store.getState();
      return {
        response: state.game.sim.threats[threat].response,
        heat: state.game.sim.heat,
        openThreats: state.game.openThreats,
      };
    }, id);

  const openThreat = () =>
    session.page.evaluate(
      // biome-ignore lint/suspicious/noExplicitAny: the test hook is untyped on window.
      (): number => (window as any).__backchannel.store.getState().game.openThreats[0],
    );

  /** Run at 4× until the next threat alert is on screen (other notices are acknowledged). */
  const nextThreat = async () => {
    const { page } = session;
    for (;;) {
      await page.keyboard.press('4');
      expect(await untilDayOrDialog(page, Number.POSITIVE_INFINITY)).toBe(true);
      if ((await openDialogHeading(page)) === threatHeading) return;
      await page.getByRole('button', { name: en['notice.continue'] }).click();
    }
  };

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?test-hooks`);
    await loadSave(session.page, save);
    await session.page.locator('.hud').waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('resumes the day before a threat, and the next day stops the clock with an alert', async () => {
    const { page } = session;
    expect(await hudDay(page)).toBe(day);
    await page.locator('#play-heading').focus();
    await page.keyboard.press('1');
    expect(await untilDayOrDialog(page, Number.POSITIVE_INFINITY)).toBe(true);
    const dialog = page.getByRole('alertdialog', { name: threatHeading });
    await dialog.waitFor();
    expect(await hudDay(page)).toBe(day + 1);
    expect(await page.getByRole('button', { name: en['clock.pause'] }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // Focus is on the alert's heading; the three answers each say what they cost.
    expect(await dialog.locator('h2').evaluate((h) => h === document.activeElement)).toBe(true);
    // Each with the heat it adds and the 30-day leak risk it leads to.
    for (const key of ['threat.open', 'threat.covert', 'threat.none'] as const) {
      const button = dialog.getByRole('button', { name: en[key] });
      const effect = await page.locator(`#${await button.getAttribute('aria-describedby')}`).textContent();
      expect(effect).toMatch(
        key === 'threat.none'
          ? /^No heat, so the leak risk in 30 days stays [\d.]+%/
          : /heat \+[\d.]+; leak risk in 30 days [\d.]+% → [\d.]+%/,
      );
    }
    // What tells bluster from a real threat, in one plain sentence.
    expect(await dialog.textContent()).toContain(en['threat.howToTell']);
    expect(await dialog.textContent()).toMatch(/Deadline: day \d+/);
    // The alert quotes the intercept itself: the words are the evidence of how real the threat is.
    const quote = dialog.locator('figure.intercept');
    expect(await quote.locator('blockquote').textContent()).toMatch(/\S{3,}/);
    expect(await quote.locator('figcaption').textContent()).toMatch(/^Intercepted message from @/);
    // Nothing says yet whether it is real: the operation is still running.
    expect(await dialog.textContent()).not.toContain(en['inbox.threat.wasReal']);
    expect(await dialog.textContent()).not.toContain(en['inbox.threat.wasBluster']);
  });

  it('fits the alert and its three answers on a laptop screen', async () => {
    const { page } = session;
    const dialog = page.getByRole('alertdialog', { name: threatHeading });
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: new URL(`threat-${size.width}x${size.height}.png`, shotDir).pathname });
      const box = await dialog.boundingBox();
      expect(box, `${size.width}×${size.height}`).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('open intervention protects for certain and raises heat a lot', async () => {
    const { page } = session;
    const id = await openThreat();
    const before = await threatState(id);
    await page.getByRole('button', { name: en['threat.open'] }).click();
    const after = await threatState(id);
    expect(after.response).toBe('open');
    expect(after.heat).toBeCloseTo(before.heat + 1, 5);
    expect(after.openThreats).not.toContain(id);
    await page.locator('[aria-live="polite"] p', { hasText: 'protect' }).waitFor({ state: 'attached' });
    expect(await page.locator('.heat__label').textContent()).not.toBe(en['heat.calm']);
  });

  it('a cover story raises heat a little', async () => {
    await nextThreat();
    const id = await openThreat();
    const before = await threatState(id);
    await session.page.getByRole('button', { name: en['threat.covert'] }).click();
    const after = await threatState(id);
    expect(after.response).toBe('covert');
    expect(after.heat).toBeCloseTo(before.heat + 0.3, 5);
  });

  it('doing nothing raises no heat, and the outcome is logged on the deadline', async () => {
    const { page } = session;
    await nextThreat();
    const id = await openThreat();
    const before = await threatState(id);
    await page.getByRole('button', { name: en['threat.none'] }).click();
    const after = await threatState(id);
    expect(after.response).toBe('none');
    expect(after.heat).toBeCloseTo(before.heat, 5);
    // Run on until the deadline has passed: the log then tells what happened to the target.
    const deadline = await page.evaluate(
      // biome-ignore lint/suspicious/noExplicitAny: the test hook is untyped on window.
      (threat) => (window as any).__backchannel.store.getState().game.sim.threats[threat].deadline as number,
      id,
    );
    while ((await hudDay(page)) <= deadline) {
      await page.keyboard.press('4');
      if (await untilDayOrDialog(page, deadline + 1))
        await page.locator('dialog[open] .choices button, dialog[open] .actions button').first().click();
    }
    expect(await page.locator('.log').textContent()).toMatch(/survived without protection|a life was lost/);
    expect(session.record.errors).toEqual([]);
  });
});
