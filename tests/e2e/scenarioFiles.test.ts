import { compressToEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/sim';
import { scenarioLinkHash } from '../../src/store/scenarioLink';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const good = BUILT_IN_SCENARIOS.classroom;
const json = (value: unknown) => JSON.stringify(value);
// biome-ignore lint/suspicious/noExplicitAny: the cases reach into the JSON to break it on purpose.
type Json = Record<string, any>;
/** The classroom scenario with one change made by `edit` (on a deep copy). */
const changed = (edit: (s: Json) => void) => {
  const copy = structuredClone(good) as Json;
  edit(copy);
  return json(copy);
};
const HOSTILE_NAME = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

/** Kinds of bad file, each with the plain words its refusal must contain. */
const BAD_FILES: [string, string, RegExp][] = [
  ['not JSON', 'this is { not json', /not valid JSON/],
  ['an empty file', '', /is empty/],
  ['only spaces', '   \n ', /is empty/],
  ['a JSON list', '[1, 2, 3]', /must be a scenario object/],
  ['a number', '42', /must be a scenario object/],
  [
    'text where a number belongs',
    changed((s) => (s.network.people = 'many')),
    /network\.people: must be a number/,
  ],
  [
    'a number out of bounds',
    changed((s) => (s.network.people = 1e9)),
    /network\.people: must be at most 40000/,
  ],
  ['a missing field', changed((s) => delete s.summary), /summary: is missing/],
  ['an unknown field', changed((s) => (s.cheat = true)), /has unknown field "cheat"/],
  ['a version from the future', changed((s) => (s.version = 99)), /newer Backchannel \(version 99\)/],
  ['no version', changed((s) => delete s.version), /version: is missing/],
  ['a file too large', `{"summary":"${'x'.repeat(250_000)}"}`, /too large/],
  ['min above max', changed((s) => (s.network.syndicateSize.min = 700)), /must not be larger than max/],
  [
    'authorisation after the last day',
    changed((s) => (s.days.authorisationEnd = 1200)),
    /days\.authorisationEnd: must not be after the last day/,
  ],
  [
    'a bad date',
    changed((s) => (s.startDate = '2018-13-45')),
    /startDate: must be a date written YYYY-MM-DD/,
  ],
  [
    'too many shocks',
    changed((s) => (s.spread.shocks = Array.from({ length: 11 }, () => s.spread.shocks[0]))),
    /spread\.shocks: is too long \(at most 10\)/,
  ],
  ['no message kinds', changed((s) => (s.messages.categories = [])), /messages\.categories: is too short/],
  ['a seed out of range', changed((s) => (s.seed = -5)), /seed: must be at least 0/],
];

/** Kinds of bad share link, each with the plain words its refusal must contain. */
const BAD_LINKS: [string, string, RegExp][] = [
  ['damaged characters', '#scenario=abc!!<script>', /damaged \(unexpected characters\)/],
  ['a link that does not unpack', '#scenario=NoIg4Agb-not-a-scenario', /damaged/],
  ['an empty link', '#scenario=', /holds no scenario/],
  ['an overlong link', `#scenario=${'A'.repeat(20_001)}`, /too long/],
  [
    'an invalid scenario',
    `#scenario=${compressToEncodedURIComponent(changed((s) => (s.network.people = 1e9)))}`,
    /not valid: network\.people: must be at most 40000/,
  ],
  [
    'a scenario from the future',
    `#scenario=${compressToEncodedURIComponent(changed((s) => (s.version = 7)))}`,
    /newer Backchannel/,
  ],
  ['not JSON inside', `#scenario=${compressToEncodedURIComponent('{nope')}`, /not valid JSON/],
  [
    'changes to an unknown built-in scenario',
    `#scenario=${compressToEncodedURIComponent(json({ base: 'nowhere', version: good.version, changes: {} }))}`,
    /cannot be built: it starts from an unknown scenario/,
  ],
  [
    'a change to a field that does not exist',
    `#scenario=${compressToEncodedURIComponent(json({ base: 'classroom', version: good.version, changes: { 'network.colour': 'red' } }))}`,
    /unknown field "colour"/,
  ],
];

async function openFile(page: Page, contents: string, name = 'scenario.json'): Promise<void> {
  await page.locator('#scenario-file-drop-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(contents, 'utf8'),
  });
}

async function refusal(page: Page): Promise<string> {
  const alert = page.locator('#scenario-file-drop-problems');
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

describe('scenario files and links that are not scenarios', () => {
  let session: Session;
  let dialogs = 0;
  beforeAll(async () => {
    session = await openSession(baseUrl);
    session.page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await session.page.getByRole('button', { name: en['title.start'], exact: true }).click();
    await session.page.getByRole('heading', { level: 3, name: en['scenarioFile.heading'] }).waitFor();
  });
  afterAll(async () => {
    await session.close();
  });

  for (const [kind, contents, reason] of BAD_FILES) {
    it(`refuses ${kind} with a plain reason`, async () => {
      const { page } = session;
      await openFile(page, contents, `${kind}.json`);
      const text = await refusal(page);
      expect(text).toMatch(reason);
      // The page goes on working: the built-in operations are still offered.
      expect(await page.getByRole('button', { name: /^Play / }).count()).toBeGreaterThanOrEqual(3);
      // Cleared for the next case by a file that loads.
      await openFile(page, json(good));
      await page.locator('#scenario-file-drop-problems').waitFor({ state: 'detached' });
      expect(session.record.errors).toEqual([]);
    });
  }

  it('shows a name with HTML in it as text, creating no element and no dialog', async () => {
    const { page } = session;
    await openFile(
      page,
      changed((s) => (s.name = HOSTILE_NAME)),
    );
    await page.getByRole('heading', { level: 3, name: HOSTILE_NAME }).waitFor();
    expect(await page.locator('#ui img, #ui script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(session.record.errors).toEqual([]);
  });

  it('takes a dropped file, migrates an old one and plays it', async () => {
    const { page } = session;
    const { play, messages, seed, days, ...rest } = structuredClone(good) as Json;
    const v1 = json({
      ...rest,
      version: 1,
      name: 'An old lesson',
      days: days.max,
      authorisationEndDay: days.authorisationEnd,
    });
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'old.json', { type: 'application/json' }));
      const zone = document.querySelector('#scenario-file-drop-input')?.closest('fieldset');
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, v1);
    await page.getByRole('heading', { level: 3, name: 'An old lesson' }).waitFor();
    await page.getByText(en['scenarioFile.migrated'].replace('{version}', '1')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: en['scenarios.choose'].replace('{name}', 'An old lesson') })
      .click();
    await page.locator('#briefing-heading').waitFor();
    expect(session.record.errors).toEqual([]);
  });

  it('refuses a bad file in the editor too, keeping the draft', async () => {
    const { page } = session;
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#editor`);
    const nameField = page.getByLabel(en['editor.f.name'], { exact: true });
    const before = await nameField.inputValue();
    await page.locator('#editor-file-input').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(changed((s) => (s.network.people = 1e9))),
    });
    expect(await page.locator('#editor-file-problems').textContent()).toMatch(
      /network\.people: must be at most/,
    );
    expect(await nameField.inputValue()).toBe(before);
    await page.locator('#editor-file-input').setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(changed((s) => (s.name = HOSTILE_NAME))),
    });
    await page.getByText(en['editor.notice.loaded'].replace('{name}', HOSTILE_NAME)).waitFor();
    expect(await nameField.inputValue()).toBe(HOSTILE_NAME);
    expect(await page.locator('#ui img, #ui script').count()).toBe(0);
    expect(session.record.errors).toEqual([]);
  });

  for (const [kind, hash, reason] of BAD_LINKS) {
    it(`explains ${kind} and offers the built-in operations`, async () => {
      const { page } = session;
      await page.goto('about:blank');
      await page.goto(`${baseUrl}${hash}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(reason);
      expect(await page.getByRole('button', { name: /^Play / }).count()).toBe(3);
      expect(session.record.errors).toEqual([]);
    });
  }

  it('shows a linked name with HTML in it as text', async () => {
    const { page } = session;
    await page.goto('about:blank');
    await page.goto(`${baseUrl}${scenarioLinkHash({ ...good, name: HOSTILE_NAME })}`);
    await page.getByRole('heading', { level: 3, name: HOSTILE_NAME }).waitFor();
    expect(await page.locator('#ui img, #ui script').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
