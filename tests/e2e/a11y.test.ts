import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, type Violation } from './axe';
import { cspViolations, openSession, type Session } from './browser';
import { SCREENS, type ScreenName, TOUR_TIMEOUT_MS, tour } from './tour';

const baseUrl = inject('baseUrl');

describe('accessibility (axe-core) on every screen and dialog', () => {
  let session: Session;
  const found = new Map<ScreenName, Violation[]>();

  beforeAll(async () => {
    session = await openSession(`${baseUrl}?seed=5`);
    await tour(session.page, async (screen) => {
      found.set(screen, await axeViolations(session.page));
    });
  }, TOUR_TIMEOUT_MS);

  afterAll(async () => {
    await session?.close();
  });

  for (const screen of SCREENS) {
    it(`finds no violations: ${screen}`, () => {
      expect(found.get(screen)).toEqual([]);
    });
  }

  it('logged no errors (axe ran under the page CSP)', async () => {
    expect(session.record.errors).toEqual([]);
    expect(await cspViolations(session.page)).toEqual([]);
  });
});
