import type { Page } from 'playwright-core';
import { type StringKey, t } from '../../src/view/strings/en';

export { axeViolations } from './axe';

/** A catalogue string up to its first placeholder, as a pattern for names that hold figures. */
export function startOf(key: StringKey): RegExp {
  const text = t(key).split('{')[0].trim();
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** A catalogue string as a pattern: each `{placeholder}` matches a figure ("1,234", "19%", "4.5"). */
export function patternOf(key: StringKey): RegExp {
  const parts = t(key).split(/\{\w+\}/);
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([\\d,.]+%?)')}$`);
}

/** The first number in a text ("1,234 messages" → 1234). */
export function firstNumber(text: string | null): number {
  const match = (text ?? '').match(/\d[\d,]*(\.\d+)?/);
  return match ? Number(match[0].replace(/,/g, '')) : Number.NaN;
}

/** The id of the element that has focus, or its tag name when it has no id. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
}

export interface Row {
  readonly id: string;
  readonly classes: string;
  readonly who: string;
  readonly category: string;
}

/** The rows the virtualised list has in the page (only those near the visible part). */
export function renderedRows(page: Page): Promise<Row[]> {
  return page.$$eval('#inbox-list [role="option"]', (rows) =>
    rows.map((row) => ({
      id: row.id,
      classes: row.className,
      who: row.querySelector('.inbox-row__who')?.textContent ?? '',
      category: row.querySelector('.inbox-row__category')?.textContent ?? '',
    })),
  );
}

/** How many messages the list says it holds (its accessible name carries the count). */
export async function listedCount(page: Page): Promise<number> {
  return firstNumber(await page.locator('#inbox-list').getAttribute('aria-label'));
}

/** Wait until the inbox summary line (it changes with every filter and search) matches `pattern`. */
export async function untilSummary(page: Page, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ([source, flags]) => {
      const text = document.querySelector('.inbox__summary')?.textContent ?? '';
      return new RegExp(source, flags).test(text) ? text : null;
    },
    [pattern.source, pattern.flags] as const,
    { polling: 'raf', timeout: 0 },
  );
  return (await handle.jsonValue()) as string;
}

/** The conviction chance (0–100) shown on the picked-out member's row of the open case file. */
export async function pickedChance(page: Page): Promise<{ chance: number; tags: number; evidence: number }> {
  const row = page.locator('.casefile__picked');
  await row.waitFor();
  const strength = (await row.locator('.casefile__strength').textContent()) ?? '';
  const [evidence, chance] = [...strength.matchAll(/\d+(\.\d+)?/g)].map((m) => Number(m[0]));
  const tags = firstNumber(await row.locator('td').first().textContent());
  return { chance, tags, evidence };
}

/** Start recording every line added to a live region, for checks of what screen readers hear. */
export function recordAnnouncements(page: Page): Promise<void> {
  return page.evaluate(() => {
    const heard: string[] = [];
    Object.defineProperty(window, '__heard', { value: heard, configurable: true });
    new MutationObserver((records) => {
      for (const record of records) {
        const region = (record.target as Element).closest?.('[aria-live], [role="status"], [role="alert"]');
        if (!region) continue;
        for (const node of record.addedNodes) if (node.textContent) heard.push(node.textContent);
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

export function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __heard?: string[] }).__heard ?? [])]);
}
