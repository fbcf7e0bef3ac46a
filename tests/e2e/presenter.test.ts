import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { cspViolations, openSession, pressOnAppear, type Session, waitFrames } from './browser';
import { hudDay, SAVE_KEY } from './game';

const baseUrl = inject('baseUrl');

type Hooked = { __backchannel: { store: import('../../src/store/appStore').AppStore } };

const speed = (page: Page) =>
  page.evaluate(() => (window as unknown as Hooked).__backchannel.store.getState().speed);

/** The speed button the HUD shows pressed. */
const pressedSpeed = (page: Page) => page.locator('.speed__button[aria-pressed="true"]').textContent();

/** Presented days, driven through the store (never by waiting), until `done` holds; false if it never did. */
function presentUntil(page: Page, done: 'takedown-caption' | 'debrief'): Promise<boolean> {
  return page.evaluate((goal) => {
    const { store } = (window as unknown as Hooked).__backchannel;
    const reached = () => {
      const state = store.getState();
      if (goal === 'debrief') return state.screen === 'debrief';
      return state.presenter?.captions.some((c) => c.caption.kind === 'takedown') ?? false;
    };
    for (let i = 0; i < 2_000 && !reached() && store.getState().screen === 'play'; i++)
      store.getState().presentDay();
    return reached();
  }, done);
}

describe('presenter mode at 1280×720', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?test-hooks&seed=5#presenter`, {
      viewport: { width: 1280, height: 720 },
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens the setup page from the address, and it passes axe', async () => {
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: en['presenter.heading'] }).waitFor();
    expect(await page.title()).toBe(en['app.documentTitle.presenter']);
    expect(await page.getByRole('radio', { name: en['policy.historical.label'] }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('starts the workshop played by a policy: large type, the play screen, a first caption', async () => {
    const { page } = session;
    await page.getByRole('radio', { name: 'Workshop demo' }).check();
    await page.getByRole('radio', { name: en['policy.early.label'] }).check();
    await page.getByRole('button', { name: en['presenter.start'] }).click();
    await page.locator('.hud').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('true');
    const captions = page.getByRole('status', { name: en['presenter.captions'] });
    expect(await captions.textContent()).toContain('The informant hands out the first');
    expect(await page.getByText(`Played by: ${en['policy.early.label']}`).count()).toBe(1);
    // The player's own moves give way to the policy's.
    expect(await page.getByRole('button', { name: en['play.planTakedown'] }).count()).toBe(0);
    expect(await axeViolations(page, ['.presenter-captions', '.presenter-bar'])).toEqual([]);
  });

  it('Space pauses (the day stands still) and resumes', async () => {
    const { page } = session;
    expect(await speed(page)).toBe(1);
    await page.keyboard.press('Space');
    expect(await speed(page)).toBe(0);
    expect(await pressedSpeed(page)).toBe(en['clock.pause']);
    const day = await hudDay(page);
    await waitFrames(page, 30);
    expect(await hudDay(page)).toBe(day);
    await page.keyboard.press('Space');
    expect(await speed(page)).toBe(1);
  });

  it('the arrows step the speed shown, and never pan the map', async () => {
    const { page } = session;
    await page.keyboard.press('ArrowRight');
    expect(await pressedSpeed(page)).toBe(en['clock.speed2']);
    await page.keyboard.press('ArrowUp');
    expect(await pressedSpeed(page)).toBe(en['clock.speed4']);
    await page.keyboard.press('ArrowLeft');
    expect(await pressedSpeed(page)).toBe(en['clock.speed2']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await pressedSpeed(page)).toBe(en['clock.pause']);
  });

  it('captions the takedown on the map, then ends on the debrief in large type', async () => {
    const { page } = session;
    expect(await presentUntil(page, 'takedown-caption')).toBe(true);
    const captions = page.getByRole('status', { name: en['presenter.captions'] });
    await expect.poll(() => captions.textContent()).toContain('Day of action');
    expect(await presentUntil(page, 'debrief')).toBe(true);
    await page.getByRole('heading', { level: 2, name: en['debrief.heading'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('true');
  });

  it('Escape leaves for the title, the run kept as the saved game', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: en['title.start'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBeUndefined();
    expect(await page.evaluate((key) => localStorage.getItem(key) !== null, SAVE_KEY)).toBe(true);
  });

  it('Escape leaves in the middle of a run too', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.presenter'] }).click();
    // Escape the moment the play screen shows: the page's keys work from its first frame on.
    await pressOnAppear(page, '.hud', 'Escape', () =>
      page.getByRole('button', { name: en['presenter.start'] }).click(),
    );
    expect(
      await page.evaluate(() => (window as unknown as Hooked).__backchannel.store.getState().screen),
    ).toBe('title');
    await page.getByRole('button', { name: en['title.start'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBeUndefined();
  });

  it('logged no errors along the way', async () => {
    expect(session.record.errors).toEqual([]);
    expect(await cspViolations(session.page)).toEqual([]);
  });
});
