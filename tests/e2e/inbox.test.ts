import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/sim';
import { en, t } from '../../src/view/strings/en';
import { inboxSave, SAVE_KEY } from '../support/inboxSave';
import { openSession, type Session, waitFrames } from './browser';
import {
  announcements,
  axeViolations,
  firstNumber,
  focusedId,
  listedCount,
  patternOf,
  pickedChance,
  recordAnnouncements,
  renderedRows,
  startOf,
  untilSummary,
} from './inboxPage';

const baseUrl = inject('baseUrl');
const shotDir = new URL('../../.test-results/screenshots/', import.meta.url);

/** Days the UI-started game runs before the inbox is examined (at 4×, counted on the HUD). */
const PLAY_DAYS = 16;

describe('the intercepts inbox in a workshop game started through the screens', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?seed=5&test-hooks`);
  });

  afterAll(async () => {
    await session?.close();
  });

  const hudDay = async () =>
    firstNumber(await session.page.locator('.hud__figure--day .hud__value').textContent());

  it('starts a game, and the clock run from the speed controls fills the inbox', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page
      .getByRole('button', { name: t('scenarios.choose', { name: BUILT_IN_SCENARIOS.workshop.name }) })
      .click();
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('.picker input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: startOf('seeding.confirm') }).click();
    await page.locator('#inbox-toggle').waitFor();
    await recordAnnouncements(page);

    await page.getByRole('button', { name: en['clock.speed4'] }).click();
    // Threats and notices stop the clock with a dialog: answer and carry on until the day comes.
    for (;;) {
      await page.waitForFunction(
        (target) => {
          const day = Number(
            (document.querySelector('.hud__figure--day .hud__value')?.textContent ?? '').replace(/\D/g, ''),
          );
          return document.querySelector('dialog[open]') !== null || day >= target;
        },
        PLAY_DAYS,
        { polling: 'raf', timeout: 0 },
      );
      const dialog = page.locator('dialog[open]');
      if ((await dialog.count()) === 0) break;
      const answer = dialog.getByRole('button', { name: en['threat.none'] });
      if ((await answer.count()) > 0) await answer.click();
      else await dialog.getByRole('button', { name: en['notice.continue'] }).click();
      await page.getByRole('button', { name: en['clock.speed4'] }).click();
    }
    await page.getByRole('button', { name: en['clock.pause'] }).click();
    expect(await hudDay()).toBeGreaterThanOrEqual(PLAY_DAYS);

    const badge = page.locator('#inbox-toggle .count-badge');
    expect(firstNumber(await badge.textContent())).toBeGreaterThan(0);
    // Screen readers heard that flagged intercepts came in (batched, not one per day).
    const heard = (await announcements(page)).filter((line) => patternOf('inbox.newFlagged').test(line));
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.length).toBeLessThanOrEqual(Math.ceil(PLAY_DAYS / 7));
  });

  it('opens with I, the list taking the keyboard, every message counted', async () => {
    const { page } = session;
    await page.locator('#play-heading').focus();
    await page.keyboard.press('i');
    await page.locator('#inbox').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'inbox-list', null, { polling: 'raf' });
    const counts = (await page.locator('.inbox__counts').textContent()) ?? '';
    const total = firstNumber(counts);
    expect(total).toBeGreaterThan(40);
    expect(await listedCount(page)).toBe(total);
    expect(await page.locator('#inbox-toggle').getAttribute('aria-expanded')).toBe('true');
    // Flagged first: the flagged rows come before every other row.
    const rows = await renderedRows(page);
    const firstPlain = rows.findIndex((r) => !r.classes.includes('inbox-row--flagged'));
    if (firstPlain >= 0)
      expect(rows.slice(firstPlain).every((r) => !r.classes.includes('inbox-row--flagged'))).toBe(true);
  });

  it('opens a message by keyboard, tags it, and the case file shows the case grew', async () => {
    const { page } = session;
    const unreadBefore = firstNumber(
      (await page.locator('.inbox__counts').textContent())?.split('·')[1] ?? '',
    );
    const position = async () => {
      const row = await page.locator('#inbox-list').getAttribute('aria-activedescendant');
      return { row, at: Number(await page.locator(`#${row}`).getAttribute('aria-posinset')) };
    };
    // The cursor starts on the first message; ↓ and J go down, K goes up.
    expect((await position()).at).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const { row: cursor, at } = await position();
    expect(cursor).toMatch(/^inbox-row-\d+$/);
    expect(at).toBe(3);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'inbox-reader-heading', null, {
      polling: 'raf',
    });
    await expect
      .poll(async () => page.locator(`#${cursor}`).getAttribute('class'))
      .not.toContain('inbox-row--unread');
    const unreadAfter = firstNumber(
      (await page.locator('.inbox__counts').textContent())?.split('·')[1] ?? '',
    );
    expect(unreadAfter).toBe(unreadBefore - 1);
    const reader = page.locator('.reader');
    expect(await reader.locator('.reader__text').textContent()).not.toBe('');
    expect(await reader.locator('.reader__meta').textContent()).toContain(en['inbox.from']);

    // C: the sender's case file, the sender picked out in it.
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.activeElement?.id === 'inbox-case-heading', null, {
      polling: 'raf',
    });
    const before = await pickedChance(page);

    // T: back to the message with the first person (the sender) to tag; Enter tags.
    await page.keyboard.press('t');
    await page.waitForFunction(() => document.activeElement?.closest('#inbox-tags') != null, null, {
      polling: 'raf',
    });
    expect(await page.locator('#inbox-tags .hint').first().textContent()).toBe(en['inbox.tagRisk']);
    await page.keyboard.press('Enter');
    const result = page.locator('.reader__result');
    await expect.poll(async () => result.textContent()).toMatch(startOf('inbox.tagged'));
    expect(await page.locator('#inbox-tags button').first().getAttribute('aria-disabled')).toBe('true');

    await page.keyboard.press('c');
    await page.locator('#inbox-case-heading').waitFor();
    const after = await pickedChance(page);
    expect(after.tags).toBe(before.tags + 1);
    expect(after.evidence).toBeGreaterThan(before.evidence);
    expect(after.chance).toBeGreaterThan(before.chance);
    const width = (selector: string) =>
      page.locator(selector).evaluate((bar) => (bar as HTMLElement).style.width);
    expect(Number.parseFloat(await width('.casefile__picked .casebar__fill'))).toBeGreaterThan(0);
  });

  it('finds no accessibility violations with a message open, and with the case file open', async () => {
    const { page } = session;
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: en['inbox.backToMessage'] }).click();
    await page.locator('.reader').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters by kind from the menu, and by flag and unread from the keyboard', async () => {
    const { page } = session;
    const all = await listedCount(page);
    await page.getByLabel(en['inbox.filterCategory']).selectOption('meeting');
    await untilSummary(page, patternOf('inbox.showing'));
    await expect.poll(() => listedCount(page)).toBeLessThan(all);
    const meetings = await renderedRows(page);
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((r) => r.classes.includes('inbox-row--meeting'))).toBe(true);

    await page.locator('#inbox-list').focus();
    await page.keyboard.press('f');
    await expect.poll(async () => page.getByLabel(startOf('inbox.flaggedOnly')).isChecked()).toBe(true);
    const flagged = await renderedRows(page);
    expect(
      flagged.every(
        (r) => r.classes.includes('inbox-row--flagged') && r.classes.includes('inbox-row--meeting'),
      ),
    ).toBe(true);

    await page.keyboard.press('u');
    await expect.poll(async () => page.getByLabel(startOf('inbox.unreadOnly')).isChecked()).toBe(true);
    expect((await renderedRows(page)).every((r) => r.classes.includes('inbox-row--unread'))).toBe(true);

    await page.getByRole('button', { name: en['inbox.clearFilters'] }).click();
    await expect.poll(() => listedCount(page)).toBe(all);
  });

  it('searches handles and text with / and Enter, and says when nothing matches', async () => {
    const { page } = session;
    const rows = await renderedRows(page);
    const handle = rows[0].who.split(' ')[0];
    expect(handle).toMatch(/^@\w+$/);
    await page.locator('#inbox-list').focus();
    await page.keyboard.press('/');
    expect(await focusedId(page)).toBe('inbox-search');
    await page.keyboard.type(handle);
    await page.keyboard.press('Enter');
    await untilSummary(page, patternOf('inbox.searchFound'));
    const found = await renderedRows(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.who.includes(handle))).toBe(true);

    await page.locator('#inbox-search').fill('zzqx nothing like this');
    await page.keyboard.press('Enter');
    await untilSummary(page, /^0 /);
    expect(await page.locator('.inbox-list__empty').textContent()).toBe(en['inbox.empty']);

    // Escape leaves the search box for the list; Escape on the list closes the inbox.
    await page.getByRole('button', { name: en['inbox.clearFilters'] }).click();
    await page.locator('#inbox-search').focus();
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('inbox-list');
    await page.keyboard.press('Escape');
    await page.locator('#inbox').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'inbox-toggle', null, { polling: 'raf' });
    expect(await page.locator('#inbox-toggle').getAttribute('aria-expanded')).toBe('false');
  });

  it('logged no errors along the way', () => {
    expect(session.record.errors).toEqual([]);
  });
});

describe('the inbox with thousands of messages (a saved game resumed)', () => {
  let session: Session;
  const { save, feed } = inboxSave(BUILT_IN_SCENARIOS.workshop, 7, { messages: 4_000 });

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?test-hooks`);
    await session.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      SAVE_KEY,
      save,
    ] as const);
    await session.page.reload();
    await session.page.locator('#inbox-toggle').click();
    await session.page.locator('#inbox-list [role="option"]').first().waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists every message but puts only the visible rows in the page', async () => {
    const { page } = session;
    expect(await listedCount(page)).toBe(feed);
    const rows = await renderedRows(page);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(60);
  });

  it('jumps with End and Home and moves a page with Page Down, the cursor row always in the page', async () => {
    const { page } = session;
    await page.locator('#inbox-list').focus();
    await page.keyboard.press('End');
    await waitFrames(page, 2);
    const last = await page.locator('#inbox-list').getAttribute('aria-activedescendant');
    expect(await page.locator(`#${last}`).getAttribute('aria-posinset')).toBe(String(feed));
    expect(await page.locator(`#${last}`).isVisible()).toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await waitFrames(page, 2);
    const paged = await page.locator('#inbox-list').getAttribute('aria-activedescendant');
    expect(Number(await page.locator(`#${paged}`).getAttribute('aria-posinset'))).toBeGreaterThan(2);
    expect(await page.locator(`#${paged}`).isVisible()).toBe(true);
  });

  it('stops a search at 200 matches and says so', async () => {
    const { page } = session;
    await page.locator('#inbox-search').fill('the');
    await page.keyboard.press('Enter');
    await untilSummary(page, patternOf('inbox.searchCapped'));
    expect(await listedCount(page)).toBe(200);
    expect(await page.locator('label[for="inbox-search"]').textContent()).toContain('200');
    await page.getByRole('button', { name: en['inbox.clearFilters'] }).click();
    await expect.poll(() => listedCount(page)).toBe(feed);
  });

  it('shows a threat intercept with its deadline and the answer given', async () => {
    const { page } = session;
    await page.getByLabel(en['inbox.filterCategory']).selectOption('threat');
    await expect.poll(() => listedCount(page)).toBeGreaterThan(0);
    await page.locator('#inbox-list [role="option"]').first().click();
    const threat = page.locator('.reader__threat');
    await threat.waitFor();
    const text = (await threat.textContent()) ?? '';
    expect(text).toMatch(/day [\d,]+/);
    const answered = [
      en['inbox.threat.answeredOpen'],
      en['inbox.threat.answeredCovert'],
      en['inbox.threat.answeredNone'],
    ];
    expect(answered.some((line) => text.includes(line))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no errors along the way', () => {
    expect(session.record.errors).toEqual([]);
  });
});

describe.each([
  [1024, 768],
  [1920, 1080],
])('the inbox and a case file at %i×%i (10,000 messages)', (width, height) => {
  let session: Session;
  const { save } = inboxSave(BUILT_IN_SCENARIOS.workshop, 7, { messages: 10_000 });

  beforeAll(async () => {
    mkdirSync(shotDir, { recursive: true });
    session = await openSession(baseUrl, { viewport: { width, height } });
    await session.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      SAVE_KEY,
      save,
    ] as const);
    await session.page.reload();
    await session.page.locator('#inbox-toggle').click();
    await session.page.locator('#inbox-list [role="option"]').first().waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  const box = (selector: string) =>
    session.page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const r = element.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, height: r.height };
      });

  it('fits the window, shows several rows, and keeps the words large enough for a projector', async () => {
    const { page } = session;
    await page.locator('#inbox-list').focus();
    await page.keyboard.press('Enter');
    await page.locator('.reader').waitFor();
    await waitFrames(page, 2);
    await page.screenshot({ path: new URL(`inbox-${width}x${height}.png`, shotDir).pathname });
    const inbox = await box('#inbox');
    expect(inbox.left).toBeGreaterThanOrEqual(0);
    expect(inbox.right).toBeLessThanOrEqual(width);
    expect(inbox.bottom).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const list = await box('#inbox-list');
    const row = await box('#inbox-list [role="option"]');
    expect(list.height / row.height).toBeGreaterThanOrEqual(5);
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(await size('.inbox-row__preview')).toBeGreaterThanOrEqual(12);
    expect(await size('.inbox-row__who')).toBeGreaterThanOrEqual(13);
    expect(await size('.reader__text')).toBeGreaterThanOrEqual(15);
    // The map's own controls step aside while the inbox covers the map.
    expect(await page.locator('#map-ui .map-ui__controls').isVisible()).toBe(false);
  });

  it('shows the case file beside the list', async () => {
    const { page } = session;
    await page.keyboard.press('c');
    await page.locator('.casefile__picked').waitFor();
    await waitFrames(page, 2);
    await page.screenshot({ path: new URL(`inbox-case-${width}x${height}.png`, shotDir).pathname });
    const file = await box('.casefile');
    expect(file.right).toBeLessThanOrEqual(width);
    expect(await page.locator('.casefile .casebar').count()).toBeGreaterThan(2);
  });

  it('logged no errors', () => {
    expect(session.record.errors).toEqual([]);
  });
});
