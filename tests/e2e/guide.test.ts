/**
 * The teacher guide (`#guide`) in the browser: every section is there in order, the lesson plan
 * covers 45 minutes, the facts table shows the real operation's figures from
 * src/sim/scoring/article.ts with their sources, axe finds nothing, the print sheet shows no
 * controls on a light page of a few A4 sheets, and its buttons print, reach the other teachers'
 * pages and go back to the title. Screenshots go to .test-results/guide/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, PUBLIC_RECORD } from '../../src/sim/scoring/article';
import { en } from '../../src/view/strings/en';
import { formatCount, formatGBP } from '../../src/view/ui/format';
import { axeViolations } from './axe';
import { cspViolations, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const root = new URL('../..', import.meta.url).pathname;
const shots = `${root}.test-results/guide`;

const sectionHeadings = [
  en['guide.glanceHeading'],
  en['guide.planHeading'],
  en['guide.goalsHeading'],
  en['guide.storyHeading'],
  en['guide.scenariosHeading'],
  en['guide.beforeHeading'],
  en['guide.flowHeading'],
  en['guide.choicesHeading'],
  en['guide.questionsHeading'],
  en['guide.factsHeading'],
  en['guide.simplifiesHeading'],
  en['guide.contentHeading'],
];

describe('the teacher guide', () => {
  let session: Session;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await openSession(`${baseUrl}#guide`, { viewport: { width: 1280, height: 720 } });
    await session.page.locator('#guide-heading').waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  const screen = () => session.page.evaluate(() => document.documentElement.dataset.screen);

  it('opens from its address with every section, in order', async () => {
    const { page } = session;
    expect(await screen()).toBe('guide');
    expect(await page.title()).toBe(en['app.documentTitle.guide']);
    expect(await page.locator('#guide-heading').textContent()).toBe(en['title.guide']);
    expect(await page.locator('.guide-section > h3').allTextContents()).toEqual(sectionHeadings);
  });

  it('plans 45 minutes in stages that follow on from each other', async () => {
    const times = await session.page.locator('.guide-plan tbody .guide-plan__time').allTextContents();
    const spans = times.map((text) => text.split('–').map(Number));
    expect(spans.length).toBeGreaterThanOrEqual(3);
    expect(spans[0][0]).toBe(0);
    expect(spans.at(-1)?.[1]).toBe(45);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1]);
    const stages = await session.page
      .locator('.guide-plan tbody tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.stage));
    expect(stages[0]).toBe('introduce');
    expect(stages.at(-1)).toBe('debrief');
  });

  it('shows the real operation’s figures with their sources', async () => {
    const { page } = session;
    const row = (fact: string) => page.locator(`.guide-facts tr[data-fact="${fact}"] td`);
    const value = async (fact: string) => (await row(fact).first().textContent()) ?? '';
    const source = async (fact: string) => (await row(fact).last().textContent()) ?? '';
    expect(await value('world.handsets')).toContain(formatCount(ARTICLE.world.handsets));
    expect(await value('world.syndicates')).toBe(formatCount(ARTICLE.world.syndicates));
    expect(await value('world.countries')).toContain(formatCount(ARTICLE.world.countries));
    expect(await value('world.arrests')).toContain(formatCount(ARTICLE.world.arrests));
    expect(await value('world.guns')).toBe(formatCount(ARTICLE.world.guns));
    expect(await value('world.cash')).toContain(formatGBP(ARTICLE.world.cashGBP));
    expect(await value('world.officers')).toContain(formatCount(ARTICLE.world.officers));
    expect(await value('australia.arrests')).toBe(formatCount(ARTICLE.australia.arrests));
    expect(await value('australia.threats')).toBe(formatCount(ARTICLE.australia.threatsActedOn));
    expect(await value('new-zealand.arrests')).toBe(formatCount(ARTICLE.newZealand.arrests));
    expect(await value('whole.messages')).toContain(formatCount(PUBLIC_RECORD.messages));
    expect(await source('world.handsets')).toBe(en['debrief.source.article']);
    expect(await source('whole.messages')).toBe(en['debrief.source.record']);
    const sources = await page.locator('[data-section="facts"] .fineprint').textContent();
    expect(sources).toContain(en['debrief.source.articleTitle']);
    expect(sources).toContain(en['debrief.source.recordTitle']);
  });

  it('gives the debrief’s questions in general form, each with notes', async () => {
    const items = session.page.locator('.guide-questions > li');
    const ids = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.question));
    expect(ids.slice(0, 4)).toEqual(['privacy', 'entrapment', 'admissibility', 'threats']);
    for (const notes of await items.locator('.guide-questions__notes').allTextContents())
      expect(notes.length).toBeGreaterThan(120);
  });

  it('offers the single-file copy that the served site carries', async () => {
    const link = session.page.getByRole('link', { name: en['guide.before.download'] });
    expect(await link.getAttribute('href')).toBe('./backchannel.html');
    const response = await session.page.request.get(new URL('backchannel.html', baseUrl).href);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html.length).toBeGreaterThan(1_000_000);
    // The single-file build's own policy (inline code allowed by hash), not the site's page.
    expect(html.includes("script-src 'sha256-")).toBe(true);
  });

  it('is clean under axe', async () => {
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('looks right at 1280×720 and 1920×1080', async () => {
    const { page } = session;
    await page.screenshot({ path: `${shots}/guide-1280.png` });
    await page.screenshot({ path: `${shots}/guide-1280-full.png`, fullPage: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${shots}/guide-1920.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('prints dark on light without controls, on a few A4 pages', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    const sheet = await page.evaluate(() => ({
      controls: [...document.querySelectorAll('button, input, textarea, select, canvas, summary')].filter(
        (el) => el.getClientRects().length > 0,
      ).length,
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.guide-section p') as Element).color,
      pageNames: [...document.querySelectorAll('.guide-pages__name')].filter(
        (el) => el.getClientRects().length > 0,
      ).length,
    }));
    await page.screenshot({ path: `${shots}/guide-print.png`, fullPage: true });
    expect(sheet.controls).toBe(0);
    expect(sheet.background).toBe('rgb(255, 255, 255)');
    const ink = (sheet.text.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(Math.max(...ink)).toBeLessThanOrEqual(80);
    // The other pages' buttons are hidden on paper; their names print in their place.
    expect(sheet.pageNames).toBe(3);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(`${shots}/guide.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints when its Print button is pressed', async () => {
    const { page } = session;
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => {
        w.printed++;
      };
    });
    await page.getByRole('button', { name: en['guide.print'] }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  for (const target of ['editor', 'review', 'presenter'] as const) {
    it(`opens the ${target} page from its button`, async () => {
      const { page } = session;
      await page.getByRole('button', { name: en[`title.${target}`], exact: true }).click();
      await page.waitForFunction((name) => document.documentElement.dataset.screen === name, target);
      // The page is its own chunk: wait until it has arrived, so the reload below aborts no fetch.
      await page.waitForFunction(() => document.querySelector('.lazy-screen') === null);
      expect(await page.title()).toBe(en[`app.documentTitle.${target}`]);
      // The address still says #guide, so a reload comes back to the guide.
      await page.reload();
      await page.locator('#guide-heading').waitFor();
    });
  }

  it('goes back to the title screen', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['common.backToTitle'] }).first().click();
    await page.getByRole('button', { name: en['title.start'] }).waitFor();
    expect(await screen()).toBe('title');
  });

  it('logged no errors and stayed on its own origin', async () => {
    expect(session.record.errors).toEqual([]);
    expect(session.record.failedRequests).toEqual([]);
    expect(await cspViolations(session.page)).toEqual([]);
    expect(session.record.requests.every((url) => url.startsWith(baseUrl))).toBe(true);
  });
});
