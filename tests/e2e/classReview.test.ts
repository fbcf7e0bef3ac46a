/**
 * The class review page in the browser: real result files made in Node (the workshop played by
 * built-in policies with different seeds and takedown days) go in through the file input, pasted
 * codes and a drop; the table, summary and chart show them; broken, foreign, oversized and repeated
 * inputs are listed and not counted; nothing is requested from anywhere; axe finds nothing; the
 * print sheet drops the controls and fits the table on A4. Screenshots go to .test-results/review/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_SCENARIOS, POLICIES, type PolicyName, runPolicy } from '../../src/sim';
import {
  encodeResultCode,
  encodeResultFile,
  makeResult,
  RESULT_TEXT_MAX,
  type RunResult,
} from '../../src/store/resultFile';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { cspViolations, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const shots = `${new URL('../..', import.meta.url).pathname}.test-results/review`;
const workshop = BUILT_IN_SCENARIOS.workshop;

function played(policy: PolicyName, seed: number, nickname: string): RunResult {
  const run = runPolicy(workshop, seed, POLICIES[policy]({}));
  return makeResult(workshop, seed, run.commands, run.state, nickname);
}

// Seed 5 played to the last minute leaks on day 813 (read as a warning, cautious would have acted
// on day 805); seed 1 left alone loses lives and takes down on day 970; the early policy takes
// down on day 200.
const ana = played('last-minute', 5, 'Ana');
const bo = played('never-intervene', 1, 'Bo <i>the brave</i>');
const anon = played('early', 4, '');
const cy = played('historical', 8, 'Cy');
const dee = played('early', 7, 'Dee');
const classroom = BUILT_IN_SCENARIOS.classroom;
const elleRun = runPolicy(classroom, 3, POLICIES.early({}));
const elle = makeResult(classroom, 3, elleRun.commands, elleRun.state, 'Elle');

const file = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});
const rows = (page: Page) => page.locator('.review-table tbody tr');
const num = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

/** Waits until the page shows `count` rows and `problems` problems (inputs are replayed one by one). */
async function settled(page: Page, count: number, problems: number): Promise<void> {
  await page.waitForFunction(
    ([r, p]) =>
      document.querySelectorAll('.review-table tbody tr').length === r &&
      document.querySelectorAll('.review-problems li').length === p &&
      !document.querySelector('.review-status')?.textContent?.startsWith('Reading'),
    [count, problems] as const,
  );
}

async function cells(page: Page, n: number): Promise<string[]> {
  return rows(page)
    .nth(n)
    .locator('th, td')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

async function summary(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.review-summary__figure')].map((f) => [
        f.querySelector('dt')?.textContent ?? '',
        f.querySelector('dd')?.textContent ?? '',
      ]),
    ),
  );
}

describe('class review', () => {
  let session: Session;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await openSession(`${baseUrl}#review`, { viewport: { width: 1280, height: 720 } });
    await session.page.locator('#review-heading').waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens empty, saying that nothing leaves the browser', async () => {
    const { page } = session;
    expect(await page.locator('.review-private').textContent()).toBe(en['review.private']);
    expect(await page.getByText(en['review.empty']).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('imports three results into class review', async () => {
    const { page } = session;
    await page
      .locator('#review-files')
      .setInputFiles([
        file('ana.json', encodeResultFile(ana)),
        file('bo.json', encodeResultFile(bo)),
        file('anon.json', encodeResultFile(anon)),
      ]);
    await settled(page, 3, 0);
    const [a, b, c] = [await cells(page, 0), await cells(page, 1), await cells(page, 2)];
    expect(a.slice(0, 3)).toEqual(['1', 'Ana', String(ana.figures.takedownDay)]);
    expect(await page.locator('.review-table caption').textContent()).toContain(workshop.name);
    expect(await page.locator('.review-table thead th').allTextContents()).not.toContain(
      en['review.col.scenario'],
    );
    expect(num(a[3])).toBe(ana.score.total);
    expect(num(a[4])).toBe(ana.figures.arrests);
    expect(a[9]).toMatch(new RegExp(`^day ${ana.figures.leakDay},`));
    expect(a[10]).toBe(en['review.matches']);
    expect(b[1]).toBe('Bo <i>the brave</i>');
    expect(await page.locator('.review-table i').count()).toBe(0);
    expect(num(b[7])).toBe(bo.figures.threatsToKill.livesLost);
    expect(b[9]).toBe(en['review.notExposed']);
    expect(c[1]).toBe(en['review.noNickname']);
    expect(c[2]).toBe('200');
    const days = [ana, bo, anon].map((r) => r.figures.takedownDay as number).sort((x, y) => x - y);
    const scores = [ana, bo, anon].map((r) => r.score.total).sort((x, y) => x - y);
    const figures = await summary(page);
    expect(num(figures[en['review.summary.results']])).toBe(3);
    expect(num(figures[en['review.summary.medianTakedown']])).toBe(days[1]);
    expect(num(figures[en['review.summary.medianScore']])).toBe(scores[1]);
    expect(figures[en['review.summary.exposed']]).toBe('1 of 3');
    expect(await page.locator('.review-chart svg[role="img"] .review-mark').count()).toBe(3);
    expect(await page.locator('#review-chart-summary').textContent()).toMatch(
      /^3 runs: takedowns from day 200/,
    );
  });

  it('keeps the review while the teacher visits another page', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['common.backToTitle'] }).first().click();
    await page.getByRole('button', { name: en['title.guide'], exact: true }).click();
    await page.locator('#guide-heading').waitFor();
    await page.getByRole('button', { name: en['common.backToTitle'] }).first().click();
    await page.getByRole('button', { name: en['title.review'], exact: true }).click();
    await page.locator('#review-heading').waitFor();
    expect(await rows(page).count()).toBe(3);
    expect((await cells(page, 0)).slice(0, 2)).toEqual(['1', 'Ana']);
  });

  it('lists broken, foreign, oversized and repeated files by name, and counts none of them', async () => {
    const { page } = session;
    await page
      .locator('#review-files')
      .setInputFiles([
        file('broken.json', encodeResultFile(cy).slice(0, 200)),
        file('notes.json', JSON.stringify({ ...ana, kind: 'shopping-list' })),
        file('ana-again.json', encodeResultFile({ ...ana, nickname: 'Not Ana' })),
        file('huge.json', ' '.repeat(RESULT_TEXT_MAX + 1)),
      ]);
    await settled(page, 3, 4);
    const problems = await page.locator('.review-problems li').allTextContents();
    expect(problems[0]).toMatch(/^broken\.json: not counted\. .*not valid JSON/);
    expect(problems[1]).toMatch(/^notes\.json: not counted\. .*not a Backchannel result/);
    expect(problems[2]).toBe('ana-again.json: the same run as ana.json — counted once.');
    expect(problems[3]).toMatch(/^huge\.json: not read/);
    expect(await page.locator('.review-problems[role="status"]').count()).toBe(1);
  });

  it('adds pasted codes, one per line, and a dropped file', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['review.add'] }).click();
    expect(await page.getByText(en['review.pasteEmpty']).count()).toBe(1);
    await page.locator('#review-codes').fill(`${encodeResultCode(cy)}\n\n${encodeResultCode(bo)}\n`);
    await page.getByRole('button', { name: en['review.add'] }).click();
    await settled(page, 4, 5);
    expect(await page.locator('.review-problems li').last().textContent()).toBe(
      'pasted code 2: the same run as bo.json — counted once.',
    );
    expect((await cells(page, 3))[1]).toBe('Cy');
    expect(await page.locator('#review-codes').inputValue()).toBe('');

    await page.locator('.review-drop').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dee.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, encodeResultFile(dee));
    await settled(page, 5, 5);
    expect((await cells(page, 4)).slice(0, 2)).toEqual(['5', 'Dee']);
    expect(await page.locator('.review-chart .debrief-chart__svg .review-mark').count()).toBe(5);
  });

  it('orders the rows by score, keeping each row’s number', async () => {
    const { page } = session;
    await page.locator('#review-order').selectOption('score');
    const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.children[3].textContent ?? ''));
    const scores = shown.map(num);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.locator('#review-order').selectOption('added');
    expect(await rows(page).locator('td:first-child').allTextContents()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('shows each run’s scenario, and marks them apart on the chart, once scenarios are mixed', async () => {
    const { page } = session;
    await page.locator('#review-codes').fill(encodeResultCode(elle));
    await page.getByRole('button', { name: en['review.add'] }).click();
    await settled(page, 6, 5);
    expect(await page.locator('.review-table thead th').allTextContents()).toContain(
      en['review.col.scenario'],
    );
    expect((await cells(page, 5)).slice(1, 3)).toEqual(['Elle', classroom.name]);
    expect(await page.locator('.review-chart .debrief-legend li').allTextContents()).toEqual([
      workshop.name,
      classroom.name,
    ]);
    expect(await page.locator('.review-chart .debrief-chart__svg .review-mark--1').count()).toBe(1);
  });

  it('is clean under axe, requests nothing, and logs no errors', async () => {
    const { page } = session;
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(session.record.requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    expect(session.record.errors).toEqual([]);
    expect(session.record.failedRequests).toEqual([]);
  });

  it('looks right at 1280×720 and 1920×1080', async () => {
    const { page } = session;
    await page.screenshot({ path: `${shots}/review-1280.png`, fullPage: true });
    await page.screenshot({ path: `${shots}/review-1280-top.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${shots}/review-1920.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('prints the table, summary and chart without controls, the table fitting an A4 page', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    // A4 less the 12 mm margins, at 96 px per inch.
    await page.setViewportSize({ width: 703, height: 1000 });
    try {
      await page.screenshot({ path: `${shots}/review-print.png`, fullPage: true });
      const visible = (selector: string) =>
        page.evaluate(
          (s) => [...document.querySelectorAll(s)].filter((el) => el.getClientRects().length > 0).length,
          selector,
        );
      expect(await visible('button, input, textarea, select, canvas')).toBe(0);
      expect(await visible('.review-table')).toBe(1);
      expect(await visible('.review-summary')).toBe(1);
      expect(await visible('.review-chart .debrief-chart__svg')).toBe(1);
      const right = await page
        .locator('.review-table')
        .evaluate((table) => table.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(703);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('removes one result, then clears them all, keeping focus on the page', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Remove Bo <i>the brave</i> from the review' }).click();
    await settled(page, 5, 5);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-results-heading');
    expect(await page.getByRole('button', { name: 'Remove result 2 from the review' }).count()).toBe(1);
    await page.getByRole('button', { name: en['review.clear'] }).click();
    await settled(page, 0, 0);
    expect(await page.getByText(en['review.empty']).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-results-heading');
    expect(session.record.errors).toEqual([]);
  });
});
