/**
 * The screens that name what each choice trades, in the browser at a Chromebook's, a small
 * laptop's and a phone's size: the briefing's five choices, the seeding cards in the order of the
 * core's advice, the inbox's reading hours and rumours this week, a message waiting for hours with
 * its tag buttons saying why, a boss's case file with the proof from the player's tags, and the
 * hand-out and focus dialogs. axe finds nothing on each. Screenshots go to .test-results/choices/
 * for people to look at; nothing compares them.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_SCENARIOS, createSim } from '../../src/sim';
import { caseFileView } from '../../src/store/selectors/caseFile';
import { seedOptions } from '../../src/store/selectors/seedChoices';
import { en, t } from '../../src/view/strings/en';
import { formatCount, formatDecimal, formatShare } from '../../src/view/ui/format';
import { syndicateName } from '../../src/view/ui/labels';
import { inboxSave } from '../support/inboxSave';
import { axeViolations } from './axe';
import { openSession, type Session, waitFrames } from './browser';
import { loadSave } from './game';
import { patternOf } from './inboxPage';

const baseUrl = inject('baseUrl');
const shotDir = new URL('../../.test-results/choices/', import.meta.url);

const classroom = BUILT_IN_SCENARIOS.classroom;
/** The classroom's first contacts for seed 3 include a closed syndicate's trusted bridge. */
const SEED = 3;
/**
 * Classroom seed 5 on day 810: doubt started on day 800, rumours come daily and the careful reader
 * has read them (the leak would come on day 813); the month's handset has just come and waits in
 * stock.
 */
const READS_LEFT = 14;
const midGame = inboxSave(classroom, 5, {
  maxDay: 810,
  readsLeft: READS_LEFT,
  keepSupply: true,
  reading: 'diligent',
});

/** A boss in the save with tags against them, the one with the most still needed for a strong case first. */
function taggedBoss() {
  const { sim } = midGame;
  const bosses = [];
  for (let s = 0; s < sim.net.syndicateCount; s++) {
    const file = caseFileView(sim, s);
    const boss = file.coded.find((m) => m.role === 'boss');
    if (boss?.proof && boss.proof.tags > 0) bosses.push({ syndicate: s, boss, file });
  }
  bosses.sort((a, b) => (b.boss.proof!.tagsToStrong ?? 0) - (a.boss.proof!.tagsToStrong ?? 0));
  return bosses[0];
}

async function openInbox(page: Page): Promise<void> {
  const toggle = page.locator('#inbox-toggle');
  if (await toggle.isVisible()) await toggle.click();
  else await page.locator('#inbox-sheet-tab').click();
  await page.locator('#inbox-list [role="option"]').first().waitFor();
}

describe.each([
  [1366, 768],
  [1024, 768],
  [390, 844],
])('what each choice trades, at %i×%i', (width, height) => {
  let session: Session;
  const shot = async (name: string, fullPage = false) => {
    // A dialog's opening animation (when motion is on) finishes first.
    await session.page.waitForFunction(
      () => document.getAnimations().every((a) => a.playState === 'finished'),
      null,
      { polling: 'raf' },
    );
    await waitFrames(session.page, 2);
    await session.page.screenshot({
      path: new URL(`${name}-${width}x${height}.png`, shotDir).pathname,
      fullPage,
    });
  };

  beforeAll(async () => {
    mkdirSync(shotDir, { recursive: true });
    session = await openSession(`${baseUrl}?seed=${SEED}&test-hooks`, { viewport: { width, height } });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the briefing gives one sentence for each of the five choices', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('button', { name: t('scenarios.choose', { name: classroom.name }) }).click();
    await page.locator('#briefing-heading').waitFor();
    const choices = page.locator('.briefing-choices > div');
    expect(await choices.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.choice))).toEqual([
      'seeding',
      'reading',
      'threats',
      'timing',
      'targets',
    ]);
    expect(await page.locator('.briefing-choices dd').first().textContent()).toBe(
      en['briefing.choice.seeding'],
    );
    await page.locator('.briefing-choices').scrollIntoViewIfNeeded();
    await shot('briefing');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the seeding screen says what seeding trades, and each card its own trade, in the advice’s order', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    await page.locator('#seeding-heading').waitFor();
    expect(await page.locator('.seeding__trade').textContent()).toBe(en['seeding.tradeOff']);
    const expected = seedOptions(createSim(classroom, SEED));
    expect(await page.locator('.candidate__name span').allTextContents()).toEqual(
      expected.map((c) => c.name),
    );
    const bridged = expected.find((c) => c.bridges.length > 0);
    expect(bridged).toBeDefined();
    const card = page.locator(`.candidate:has(#candidate-${bridged!.person})`);
    const bridge = bridged!.bridges[0];
    const syndicate = syndicateName(bridge.syndicate);
    expect(await card.locator('.candidate__note--bridge').textContent()).toBe(
      bridge.ways <= 1
        ? t('seed.bridge.only', { syndicate })
        : t('seed.bridge.oneOf', { syndicate, ways: formatCount(bridge.ways) }),
    );
    // The note is part of what a screen reader hears for the checkbox.
    const about = await page.locator(`#candidate-${bridged!.person}`).getAttribute('aria-describedby');
    expect(await page.locator(`#${about}`).textContent()).toContain(syndicate);
    expect(await page.locator('.candidate__risk').count()).toBe(expected.length);
    await shot('seeding');
    await shot('seeding-full', true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the inbox shows the reading hours, the rumours read this week and what reading trades', async () => {
    const { page } = session;
    await loadSave(page, midGame.save);
    await page.locator('.hud').waitFor();
    const rumours = (await page.locator('.hud__rumours').textContent()) ?? '';
    expect(rumours).toMatch(/^\d+ rumours this week$/);
    await openInbox(page);
    expect(await page.locator('.inbox__hours strong').textContent()).toBe(
      t('inbox.budget', { hours: formatDecimal(READS_LEFT / 4), reads: formatCount(READS_LEFT) }),
    );
    expect(await page.locator('.inbox__rumours').textContent()).toBe(
      t('inbox.rumours', { count: rumours.split(' ')[0] }),
    );
    expect(await page.locator('.inbox__trade').textContent()).toBe(en['inbox.readingTrade']);
    await page.getByLabel(en['inbox.filterCategory']).selectOption('rumour');
    await expect
      .poll(async () => (await page.locator('#inbox-list [role="option"]').allTextContents()).length)
      .toBeGreaterThan(0);
    const rows = page.locator('#inbox-list [role="option"]');
    expect(await rows.first().locator('.inbox-row__category').textContent()).toBe(
      en['inbox.category.rumour'],
    );
    await rows.first().click();
    await page.locator('.reader__text').waitFor();
    expect(await page.locator('.reader__heading').textContent()).toContain(en['inbox.category.rumour']);
    await shot('inbox');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('out of reading hours, a message waits unread and its tag buttons say why', async () => {
    const { page } = session;
    // Spend the rest of the hours as a reader would, through the store's own action.
    await page.evaluate(() => {
      type Hooks = {
        store: {
          getState(): {
            game: { sim: { feed: { id: number }[]; readMessages: Set<number>; readingHours: number } };
            readIntercept(id: number): unknown;
          };
        };
      };
      const { store } = (window as unknown as { __backchannel: Hooks }).__backchannel;
      const sim = store.getState().game.sim;
      for (const m of sim.feed) {
        if (sim.readingHours < 0.25) break;
        if (!sim.readMessages.has(m.id)) store.getState().readIntercept(m.id);
      }
    });
    await page.getByRole('button', { name: en['inbox.clearFilters'] }).click();
    await page.locator('#inbox-list').focus();
    await page.keyboard.press('u');
    await page.locator('#inbox-list [role="option"].inbox-row--unread').first().click();
    const waiting = page.locator('.reader__unread');
    await waiting.waitFor();
    expect(await waiting.textContent()).toBe(t('inbox.noHours', { minutes: '15', perDay: '1.5' }));
    expect(await page.locator('.reader__status').textContent()).toBe(en['inbox.statusUnread']);
    expect(await page.locator('.inbox__hours strong').textContent()).toBe(
      t('inbox.budget', { hours: '0', reads: '0' }),
    );
    const tag = page.locator('#inbox-tags button').first();
    expect(await tag.getAttribute('aria-disabled')).toBe('true');
    const reason = await tag.getAttribute('aria-describedby');
    expect(await page.locator(`#${reason}`).textContent()).toBe(en['inbox.tagNeedsHours']);
    // Pressed anyway (it is focusable, as aria-disabled buttons are): nothing is tagged.
    await tag.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.reader__result').textContent()).toBe('');
    await shot('inbox-no-hours');
    expect(await axeViolations(page)).toEqual([]);
    // A day later the hours have come: the message offers to be read, and reading it files it.
    await page.evaluate(() =>
      (
        window as unknown as { __backchannel: { store: { getState(): { advanceDay(): void } } } }
      ).__backchannel.store
        .getState()
        .advanceDay(),
    );
    await page.getByRole('button', { name: t('inbox.readNow', { minutes: '15' }) }).click();
    await expect.poll(async () => page.locator('.reader__status').textContent()).toBe(en['inbox.statusRead']);
    expect(await tag.getAttribute('aria-disabled')).toBe('false');
    await page.waitForFunction(() => document.activeElement?.id === 'inbox-reader-heading', null, {
      polling: 'raf',
    });
  });

  it('a boss’s case file shows what the player’s tags bought', async () => {
    const { page } = session;
    const { syndicate, boss, file } = taggedBoss();
    const proof = boss.proof!;
    // The boss's syndicate's messages, the first one opened, and its sender's case file.
    await page.getByRole('button', { name: en['inbox.clearFilters'] }).click();
    await page.locator('#inbox').getByLabel(en['inbox.filterSyndicate']).selectOption(String(syndicate));
    await page.locator('#inbox-list [role="option"]').first().click();
    await page
      .getByRole('button', { name: t('inbox.openCaseFile', { syndicate: syndicateName(file) }) })
      .click();
    const entry = page.locator(`.casefile__coded-member[data-person="${boss.person}"]`);
    await entry.waitFor();
    // The page's reading since the save may have moved the chances a little; the tags are the save's.
    const text = (await entry.locator('.casefile__proof').textContent()) ?? '';
    expect(
      [patternOf('inbox.case.proof.some'), patternOf('inbox.case.proof.enough')].some((p) => p.test(text)),
    ).toBe(true);
    expect(
      text.startsWith(t('inbox.case.proof.some', { tags: formatCount(proof.tags) }).split(' of')[0]),
    ).toBe(true);
    await page
      .locator('.casefile__subheading', { hasText: en['inbox.case.codedHeading'] })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shot('casefile-boss');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the hand-out and focus dialogs say what they trade', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['inbox.close'] }).click();
    await page.locator('#inbox').waitFor({ state: 'detached' });
    await page.locator('#play-heading').focus();
    await page.keyboard.press('s');
    await page.locator('#seed-heading').waitFor();
    expect(await page.locator('dialog[open]').textContent()).toContain(en['seeding.tradeOff']);
    await shot('seed-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await page.locator('#analysts-heading').waitFor();
    const { plainSpeech, focusedPlainSpeech } = classroom.activity;
    expect(await page.locator('dialog[open]').textContent()).toContain(
      t('analysts.decodes', {
        focusedBoss: formatShare(focusedPlainSpeech),
        boss: formatShare(plainSpeech.boss),
        focusedLieutenant: formatShare(focusedPlainSpeech),
        lieutenant: formatShare(plainSpeech.lieutenant),
      }),
    );
    await shot('analysts-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('logged no errors along the way', () => {
    expect(session.record.errors).toEqual([]);
  });
});
