import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

describe('keyboard use of the title screen', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(baseUrl);
  });

  afterAll(async () => {
    await session?.close();
  });

  const isFocused = (selector: string) =>
    session.page.locator(selector).evaluate((element) => element === document.activeElement);

  it('shows the game title as the page heading', async () => {
    const heading = session.page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toBe(en['app.name']);
    expect(await session.page.locator('main h1').count()).toBe(1);
  });

  it('Tab focuses Start, Enter opens the scenarios, Back returns with focus on Start', async () => {
    const { page } = session;
    const start = page.getByRole('button', { name: en['title.start'] });

    await page.keyboard.press('Tab');
    expect(await start.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: en['scenarios.heading'] });
    await heading.waitFor();
    expect(await isFocused('#scenarios-heading')).toBe(true);
    expect(await start.count()).toBe(0);
    expect(await page.title()).toBe(en['app.documentTitle.scenarios']);

    const back = page.getByRole('button', { name: en['common.backToTitle'] });
    await back.focus();
    await page.keyboard.press('Enter');
    await start.waitFor();
    expect(await start.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await heading.count()).toBe(0);
    expect(await page.title()).toBe(en['app.documentTitle']);
  });

  it('Space activates Start too', async () => {
    const { page } = session;
    const start = page.getByRole('button', { name: en['title.start'] });
    await start.focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 2, name: en['scenarios.heading'] }).waitFor();
    await page.getByRole('button', { name: en['common.backToTitle'] }).click();
    await start.waitFor();
  });

  it('logged no errors along the way', () => {
    expect(session.record.errors).toEqual([]);
  });
});
