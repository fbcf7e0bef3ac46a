/**
 * The debrief in the browser: its figures equal the CLI's for the same scenario, seed and
 * commands; an exported result re-imports (file and code) to the same figures; a game played
 * through the UI exports commands that replay headless to what the page showed; axe finds nothing;
 * the print sheet shows no controls and fits on two A4 pages. Screenshots go to .test-results/debrief/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  type CommandLog,
  POLICIES,
  replay,
  reportRun,
  runPolicy,
  WHAT_IF_IDS,
  type WhatIf,
} from '../../src/sim';
import { encodeSave, SAVE_FORMAT } from '../../src/store/savedGame';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { cspViolations, openSession, type Session, waitForBackdrop } from './browser';
import { loadSave, untilDayOrDialog } from './game';

const baseUrl = inject('baseUrl');
const root = new URL('../..', import.meta.url).pathname;
const shots = `${root}.test-results/debrief`;
const SEED = 9;

/** The CLI's report of the workshop played by the historical policy, as `npm run sim` prints it. */
function cliReport(): {
  arrests: number;
  handsets: number;
  score: { total: number };
  whatIfs: WhatIf[];
} {
  const out = execFileSync(
    `${root}node_modules/.bin/tsx`,
    ['src/cli/sim.ts', '--scenario', 'workshop', '--seed', String(SEED), '--json', '--debrief'],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out);
}

/** The number in a cell's text ("1,234", "-12.5"), as the page shows it. */
const num = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

async function shown(page: Page) {
  await page.locator('.debrief[data-computing="false"]').waitFor();
  const cell = (key: string) =>
    page.locator(`.table--debrief tr[data-key="${key}"] td`).first().textContent();
  const whatIfScores = await page
    .locator('.debrief-whatifs tr[data-row="score"] td')
    .evaluateAll((cells) => cells.map((c) => c.textContent));
  return {
    score: num(await page.locator('[data-figure="score"]').textContent()),
    arrests: num(await cell('arrests')),
    handsets: num(await cell('handsets')),
    whatIfScores: whatIfScores.map((s) => (s === en['debrief.whatIfUnavailable'] ? null : num(s))),
  };
}

describe('the debrief of a workshop played by the historical policy (seed 9)', () => {
  let session: Session;
  const scenario = BUILT_IN_SCENARIOS.workshop;
  const played = runPolicy(scenario, SEED, POLICIES.historical({}));
  const cli = cliReport();

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await openSession(baseUrl, { viewport: { width: 1024, height: 768 } });
    // Let the first load finish (title up, backdrop drawn) before the reload that resumes the save.
    await session.page.getByRole('button', { name: en['title.start'] }).waitFor();
    await waitForBackdrop(session.page);
    const save = encodeSave({
      format: SAVE_FORMAT,
      scenario,
      seed: SEED,
      day: played.state.day,
      commands: played.commands,
    });
    await loadSave(session.page, save);
    await session.page.locator('#debrief-heading').waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('computes the replays after the first paint, then shows every what-if', async () => {
    const { page } = session;
    await page.locator('.debrief[data-computing="false"]').waitFor();
    expect(await page.locator('.debrief-computing').count()).toBe(0);
    expect(await page.locator('.debrief-whatifs th[data-whatif]').count()).toBe(WHAT_IF_IDS.length);
  });

  it('shows the same arrests, handsets, score and what-if scores as the CLI', async () => {
    const figures = await shown(session.page);
    expect(figures.arrests).toBe(cli.arrests);
    expect(figures.handsets).toBe(cli.handsets);
    expect(figures.score).toBe(cli.score.total);
    expect(figures.whatIfScores).toEqual(cli.whatIfs.map((w) => w.breakdown?.score.total ?? null));
  });

  it('explains every part of the score with its weight', async () => {
    const rows = session.page.locator('.debrief-score__table tbody tr');
    expect(await rows.count()).toBe(8);
    for (const text of await rows.locator('td:last-child').allTextContents())
      expect(text.length).toBeGreaterThan(30);
  });

  it('draws both charts as images with a text alternative', async () => {
    const { page } = session;
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    expect(await page.locator('.debrief-chart__line--historical').count()).toBe(1);
    expect(await page.locator('#adoption-summary').textContent()).toMatch(/historical run/);
    expect(await page.locator('.debrief-milestones li').count()).toBeGreaterThanOrEqual(3);
  });

  it('is clean under axe', async () => {
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('looks right at 1024×768 and 1920×1080', async () => {
    const { page } = session;
    await page.screenshot({ path: `${shots}/debrief-1024.png`, fullPage: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${shots}/debrief-1920.png`, fullPage: true });
    await page.screenshot({ path: `${shots}/debrief-1920-top.png` });
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('exports a result file that replays headless to the same figures', async () => {
    const { page } = session;
    await page.locator('#debrief-nickname').fill('Team <b>Kestrel</b>');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['debrief.export'] }).click(),
    ]);
    const path = `${shots}/result.json`;
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe(`backchannel-workshop-seed${SEED}-day${played.state.day}.json`);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.format).toBe(1);
    expect(file.kind).toBe('backchannel-result');
    expect(file.nickname).toBe('Team <b>Kestrel</b>');
    expect(file.commands).toEqual(JSON.parse(JSON.stringify(played.commands)));
    const again = reportRun(replay(scenario, file.seed, file.commands as CommandLog, file.day), 'x');
    expect(file.score).toEqual(again.score);
    expect(again.arrests).toBe(cli.arrests);
    expect(await cspViolations(page)).toEqual([]);
    expect(session.record.requests.every((url) => url.startsWith(baseUrl))).toBe(true);
  });

  it('re-imports its own code to the same figures, showing the nickname as text', async () => {
    const { page } = session;
    const before = await shown(page);
    const code = await page.locator('#debrief-code').inputValue();
    await page.locator('#debrief-import-code').fill(code);
    await page.getByRole('button', { name: en['debrief.import'] }).click();
    await page.locator('#debrief-heading', { hasText: 'Team <b>Kestrel</b>' }).waitFor();
    expect(await page.locator('#debrief-heading b').count()).toBe(0);
    expect(await shown(page)).toEqual(before);
    await page.getByRole('button', { name: en['debrief.backToMine'] }).click();
    await page.locator('#debrief-heading', { hasText: en['debrief.heading'] }).waitFor();
  });

  it('re-imports the exported file', async () => {
    const { page } = session;
    const before = await shown(page);
    await page.locator('#debrief-import-file').setInputFiles(`${shots}/result.json`);
    await page.locator('#debrief-heading', { hasText: 'Team' }).waitFor();
    expect(await shown(page)).toEqual(before);
    await page.getByRole('button', { name: en['debrief.backToMine'] }).click();
  });

  it('refuses a bad code with a clear message', async () => {
    const { page } = session;
    await page.locator('#debrief-import-code').fill('<script>alert(1)</script>');
    await page.getByRole('button', { name: en['debrief.import'] }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not a result code/);
    await page.locator('#debrief-import-code').fill(JSON.stringify({ format: 1, kind: 'other' }));
    await page.getByRole('button', { name: en['debrief.import'] }).click();
    await page.getByRole('alert', { name: '' }).filter({ hasText: 'not a Backchannel result' }).waitFor();
  });

  it('prints without controls, on at most two A4 pages', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    const visibleControls = await page.evaluate(
      () =>
        [...document.querySelectorAll('button, input, textarea, select, canvas, summary')].filter(
          (el) => el.getClientRects().length > 0,
        ).length,
    );
    await page.screenshot({ path: `${shots}/debrief-print.png`, fullPage: true });
    expect(visibleControls).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(`${shots}/debrief.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('logged no errors', async () => {
    expect(session.record.errors).toEqual([]);
    expect(session.record.failedRequests).toEqual([]);
  });
});

describe('a workshop played through the UI, exported and replayed headless', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?seed=${SEED}`, { viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows what the exported commands replay to', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('button', { name: 'Play Workshop demo' }).click();
    await page.getByRole('button', { name: en['briefing.begin'] }).click();
    const boxes = page.locator('.picker input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: en['seeding.confirm'] }).click();
    await page.locator('.hud').waitFor();
    await page.locator('#play-heading').focus();
    await page.keyboard.press('4');
    // Answer every alert with its first choice until day 120.
    while (await untilDayOrDialog(page, 120)) {
      await page.locator('dialog[open] button').first().click();
      await page.waitForFunction(() => document.querySelector('dialog[open]') === null, null, {
        polling: 'raf',
      });
      await page.locator('#play-heading').focus();
      await page.keyboard.press('4');
    }
    await page.locator('#play-heading').focus();
    await page.keyboard.press('t');
    await page.getByRole('button', { name: en['takedown.launch'] }).click();
    await page.locator('#debrief-heading').waitFor();
    const figures = await shown(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['debrief.export'] }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.seed).toBe(SEED);
    const report = reportRun(replay(BUILT_IN_SCENARIOS.workshop, SEED, file.commands, file.day), 'player');
    expect(report.arrests).toBe(figures.arrests);
    expect(report.handsets).toBe(figures.handsets);
    expect(report.score.total).toBe(figures.score);
    expect(file.score).toEqual(report.score);
    expect(session.record.errors).toEqual([]);
  });
});
