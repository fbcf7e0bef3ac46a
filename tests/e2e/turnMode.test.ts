import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isTurnStop, type SimEvent } from '../../src/sim';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { openSession, type Session, waitFrames } from './browser';
import { hudDay, openDialogHeading } from './game';

const baseUrl = inject('baseUrl');
/** Screenshots kept for people to look at (CI artefacts); nothing is compared against them. */
const shotDir = new URL('../../.test-results/turns/', import.meta.url);
mkdirSync(shotDir, { recursive: true });

/** Play without time pressure: turns chosen on the briefing, played by buttons and keys. */
describe('turn mode', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?test-hooks&seed=3`, { viewport: { width: 1366, height: 768 } });
    // Every step is a click or a key: a failure shows in seconds, not at the session's two minutes.
    session.page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await session?.close();
  });

  const turnButton = (name: string) => session.page.getByRole('button', { name, exact: true });
  const pressOnPage = async (key: string) => {
    await session.page.locator('#play-heading').focus();
    await session.page.keyboard.press(key);
  };
  /** The events the game logged on `day`, read through the test hook. */
  const eventsOfDay = (day: number) =>
    session.page.evaluate(
      (d): SimEvent[] =>
        // biome-ignore lint/suspicious/noExplicitAny: the test hook is untyped on window.
        (window as any).__backchannel.store
          .getState()
          .game.log.filter((entry: { day: number }) => entry.day === d)
          .map((entry: { event: SimEvent }) => entry.event),
      day,
    );

  it('is chosen on the briefing, which fits the window, and replaces the speeds in the HUD', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('button', { name: 'Play Workshop demo' }).click();
    const clock = page.getByRole('radio', { name: en['briefing.mode.clock'] });
    const turns = page.getByRole('radio', { name: en['briefing.mode.turns'] });
    expect(await clock.isChecked()).toBe(true);
    await turns.check();
    expect(await clock.isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('backchannel.playMode'))).toBe('turns');
    // The briefing still fits the smallest classroom screen, in either mode (its key list follows the mode).
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: new URL('briefing-1024x768.png', shotDir).pathname });
    const panelBottom = () =>
      page.evaluate(() => document.querySelector('.panel')!.getBoundingClientRect().bottom);
    expect(await panelBottom()).toBeLessThanOrEqual(768);
    await clock.check();
    expect(await panelBottom()).toBeLessThanOrEqual(768);
    await turns.check();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('.picker input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: en['seeding.confirm'] }).click();
    await page.locator('.hud').waitFor();
    expect(await page.getByRole('button', { name: en['clock.pause'] }).count()).toBe(0);
    expect(await page.getByRole('group', { name: en['turns.label'] }).isVisible()).toBe(true);
    expect(await hudDay(page)).toBe(0);
    expect(await axeViolations(page, ['.hud'])).toEqual([]);
  });

  it('plays a day and a week with the buttons and with D and W, and nothing else moves the days', async () => {
    const { page } = session;
    await turnButton(en['turns.day']).click();
    expect(await hudDay(page)).toBe(1);
    await pressOnPage('d');
    expect(await hudDay(page)).toBe(2);
    await turnButton(en['turns.week']).click();
    expect(await hudDay(page)).toBe(9);
    await pressOnPage('w');
    expect(await hudDay(page)).toBe(16);
    // Space and the speed keys do nothing in turns; frames pass and the day stays.
    await pressOnPage(' ');
    await pressOnPage('4');
    await waitFrames(page, 30);
    expect(await hudDay(page)).toBe(16);
  });

  it('plays to the next event with the button and with E, and stops on its day', async () => {
    const { page } = session;
    for (const play of [() => turnButton(en['turns.event']).click(), () => pressOnPage('e')]) {
      const before = await hudDay(page);
      await play();
      const day = await hudDay(page);
      expect(day).toBeGreaterThan(before);
      expect(isTurnStop(await eventsOfDay(day))).toBe(true);
      for (let d = before + 1; d < day; d++) expect(isTurnStop(await eventsOfDay(d)), `day ${d}`).toBe(false);
      if (await openDialogHeading(page)) break;
    }
    await page.screenshot({ path: new URL('hud-1366x768.png', shotDir).pathname });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: new URL('hud-390x844.png', shotDir).pathname });
    expect(await axeViolations(page, ['.hud'])).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('is stopped by an alert, which must be answered before the next turn', async () => {
    const { page } = session;
    let heading: string | null = await openDialogHeading(page);
    for (let turn = 0; turn < 400 && heading === null; turn++) {
      await pressOnPage('e');
      heading = await openDialogHeading(page);
    }
    expect(heading).not.toBeNull();
    const day = await hudDay(page);
    const alerts = new Set(['threat-detected', 'leak', 'authorisation-ended']);
    expect((await eventsOfDay(day)).some((event) => alerts.has(event.type))).toBe(true);
    await page.screenshot({ path: new URL('alert-1366x768.png', shotDir).pathname });
    await page.keyboard.press('d');
    expect(await hudDay(page)).toBe(day);
    expect(await turnButton(en['turns.day']).isDisabled()).toBe(true);
    expect(session.record.errors).toEqual([]);
  });

  it('is remembered: a reload resumes the game in turns, its alert still waiting', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('.hud').waitFor();
    expect(await page.getByRole('group', { name: en['turns.label'] }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: en['clock.pause'] }).count()).toBe(0);
    // The alert is still waiting; once answered, the turns go on.
    const day = await hudDay(page);
    await page.getByRole('button', { name: en['threat.covert'] }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await pressOnPage('d');
    expect(await hudDay(page)).toBe(day + 1);
    expect(session.record.errors).toEqual([]);
  });

  it('is offered again on the next game, where the clock brings ½× and its key H', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['play.leave'] }).click();
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('button', { name: 'Play Workshop demo' }).click();
    expect(await page.getByRole('radio', { name: en['briefing.mode.turns'] }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: en['briefing.mode.clock'] }).check();
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('.picker input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: en['seeding.confirm'] }).click();
    await page.locator('.hud').waitFor();
    const half = page.getByRole('button', { name: en['clock.speedHalf'], exact: true });
    expect(await half.getAttribute('aria-pressed')).toBe('false');
    // The key is read once the play screen has mounted its handlers; an alert that opens first
    // holds it, as it does for players. Pressed again only if neither happened.
    for (let attempt = 0; attempt < 5; attempt++) {
      await pressOnPage('h');
      const answered = await page
        .waitForFunction(
          (label) =>
            document.querySelector('dialog[open]') !== null ||
            [...document.querySelectorAll('button[aria-pressed="true"]')].some(
              (b) => b.textContent === label,
            ),
          en['clock.speedHalf'],
          { polling: 'raf', timeout: 2000 },
        )
        .then(() => true)
        .catch(() => false);
      if (answered) break;
    }
    if ((await page.locator('dialog[open]').count()) === 0)
      expect(await half.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: en['turns.day'] }).count()).toBe(0);
    expect(session.record.errors).toEqual([]);
  });
});
