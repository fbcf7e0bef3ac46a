import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const name = 'Week 3: <b>ports</b> & cash';
const summary = 'A smaller network for a 20-minute lesson on how the phones spread.';

describe('the scenario editor', () => {
  const sessions: Session[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.close();
  });

  it('makes a scenario whose share link opens in a fresh browser and plays', async () => {
    const editor = await openSession(`${baseUrl}#editor`);
    sessions.push(editor);
    const { page } = editor;
    await page.getByRole('heading', { level: 2, name: en['editor.heading'] }).waitFor();

    await page.getByLabel(en['editor.f.name'], { exact: true }).fill(name);
    expect(await page.getByLabel(en['editor.f.id'], { exact: true }).inputValue()).toBe(
      'week-3-b-ports-b-cash',
    );
    await page.getByLabel(en['editor.f.summary'], { exact: true }).fill(summary);
    await page.getByLabel(en['editor.f.network.people'], { exact: true }).fill('5000');
    await page.getByLabel(en['editor.f.spread.firstContacts'], { exact: true }).fill('4');
    await page.getByLabel(en['editor.f.play.minutes'], { exact: true }).fill('20');

    // A value out of bounds is explained beside its field and blocks sharing, with the reason shown.
    const people = page.getByLabel(en['editor.f.network.people'], { exact: true });
    await people.fill('1000000000');
    expect(await people.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('must be at most 40000').first().waitFor();
    expect(await page.getByRole('button', { name: en['editor.save'] }).isDisabled()).toBe(true);
    await page.getByText(en['editor.blocked']).waitFor();
    // A problem in a folded-away parameter: its link in the list opens the section and focuses it.
    const advanced = page.getByText(en['editor.group.advanced'], { exact: true });
    await advanced.click();
    await page.locator('#field-network-cellSize-min').fill('30');
    await advanced.click();
    expect(await page.locator('#field-network-cellSize-min').isVisible()).toBe(false);
    await page
      .getByRole('button', { name: en['editor.goToField'].replace('{path}', 'network.cellSize.min') })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-network-cellSize-min');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#field-network-cellSize-min').fill('4');
    await people.fill('5000');
    await page.getByText(en['editor.valid']).waitFor();

    await page.locator('#editor-preview-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: en['editor.qrLarge'] }).click();
    await page
      .getByRole('heading', { level: 2, name: en['editor.qrScan'].replace('{name}', name) })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: en['editor.qrClose'] }).click();
    await editor.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: en['editor.copy'] }).click();
    await page.getByText(en['editor.copied']).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['editor.save'] }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('week-3-b-ports-b-cash.json');
    const saved = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    expect(saved).toMatchObject({ name, summary, network: { people: 5000 }, play: { minutes: 20 } });
    const link = await page.locator('#editor-share-url').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link).toContain('#scenario=');
    expect(
      await page.getByRole('img', { name: en['editor.qrTitle'] }).first().locator('rect').count(),
    ).toBeGreaterThan(100);

    // The draft survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: en['editor.heading'] }).waitFor();
    expect(await page.getByLabel(en['editor.f.name'], { exact: true }).inputValue()).toBe(name);
    expect(editor.record.errors).toEqual([]);

    const student = await openSession(link);
    sessions.push(student);
    const p = student.page;
    await p.getByRole('heading', { level: 3, name }).waitFor();
    await p.getByText(summary).waitFor();
    expect(await p.locator('b').count()).toBe(0);
    await p.getByRole('button', { name: en['scenarios.choose'].replace('{name}', name) }).click();
    await p.locator('#briefing-heading').waitFor();
    await p.getByRole('button', { name: en['briefing.begin'] }).click();
    await p.locator('#seeding-heading').waitFor();
    const boxes = p.locator('.picker input[type="checkbox"]');
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    await p.getByRole('button', { name: en['seeding.confirm'] }).click();
    await p.locator('.hud').waitFor();
    expect(student.record.errors).toEqual([]);
  });
});
