import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { openSession, pressOnAppear, type Session } from './browser';
import { startWorkshopPaused } from './newGame';

const baseUrl = inject('baseUrl');

type Hooked = { __backchannel: { store: import('../../src/store/appStore').AppStore } };

/** WCAG 2.1.4: one-key shortcuts can be switched off, and the choice is kept. */
describe('the one-key shortcuts switched off', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?seed=3`);
    await startWorkshopPaused(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  const letterKeys = () => session.page.getByRole('button', { name: en['play.letterKeys'] });
  const pressOnMap = async (key: string) => {
    await session.page.locator('#play-heading').focus();
    await session.page.keyboard.press(key);
  };

  it('leaves S, I and the speed keys to other uses, and says so to screen readers', async () => {
    const { page } = session;
    expect(await letterKeys().getAttribute('aria-pressed')).toBe('true');
    await letterKeys().click();
    expect(await letterKeys().getAttribute('aria-pressed')).toBe('false');
    await pressOnMap('s');
    await pressOnMap('i');
    await pressOnMap('4');
    expect(await page.locator('#seed-heading').count()).toBe(0);
    expect(await page.locator('.inbox-toggle--open').count()).toBe(0);
    expect(await page.getByRole('button', { name: en['clock.pause'] }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.locator('[aria-keyshortcuts="S"], [aria-keyshortcuts="I"]').count()).toBe(0);
  });

  it('keeps Space for pause and resume', async () => {
    const { page } = session;
    await pressOnMap(' ');
    expect(await page.getByRole('button', { name: en['clock.speed1'] }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await pressOnMap(' ');
    expect(await page.getByRole('button', { name: en['clock.pause'] }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('remembers the choice after a reload, and the keys work again once switched back on', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('.hud').waitFor();
    expect(await letterKeys().getAttribute('aria-pressed')).toBe('false');
    await letterKeys().click();
    await pressOnMap('s');
    await page.locator('#seed-heading').waitFor();
    expect(session.record.errors).toEqual([]);
  });
});

describe("the play screen's keys from its first frame", () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?test-hooks&seed=3`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('I pressed the moment the play screen shows opens the inbox', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('button', { name: 'Play Workshop demo' }).click();
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('.picker input[type="checkbox"]').first().check();
    await pressOnAppear(page, '.hud', 'i', () =>
      page.getByRole('button', { name: en['seeding.confirm'] }).click(),
    );
    expect(
      await page.evaluate(() => (window as unknown as Hooked).__backchannel.store.getState().inboxOpen),
    ).toBe(true);
    await page.locator('.inbox-toggle--open').waitFor();
    expect(session.record.errors).toEqual([]);
  });
});
