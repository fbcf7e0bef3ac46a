import { afterEach, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/sim';
import { scenarioLinkHash } from '../../src/store/scenarioLink';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import { openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const shared = { ...BUILT_IN_SCENARIOS.workshop, id: 'our-class', name: 'Our class, week 3' };

describe('a scenario opened from a share link', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
  });

  it('is offered first, by name, and plays', async () => {
    session = await openSession(`${baseUrl}${scenarioLinkHash(shared)}`);
    const { page } = session;
    await page.getByRole('heading', { level: 3, name: shared.name }).waitFor();
    expect(await page.getByText(en['scenarios.linked']).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: en['scenarios.choose'].replace('{name}', shared.name) }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(shared.name) }).waitFor();
    expect(session.record.errors).toEqual([]);
  });

  it('explains a damaged link and offers the built-in operations instead', async () => {
    session = await openSession(`${baseUrl}#scenario=NoIg4Agb-not-a-scenario`);
    const { page } = session;
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/cannot be played: the link is damaged/);
    expect(await page.getByRole('button', { name: /^Play / }).count()).toBe(3);
    expect(session.record.errors).toEqual([]);
  });
});
