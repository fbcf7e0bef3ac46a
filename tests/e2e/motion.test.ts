import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session, waitForBackdrop, waitFrames } from './browser';

const baseUrl = inject('baseUrl');

/** Two screenshots of the backdrop alone, `frames` animation frames apart. */
async function twoFrames(session: Session, frames: number): Promise<[Buffer, Buffer]> {
  const { page } = session;
  await waitForBackdrop(page);
  await page.evaluate(() => {
    const ui = document.getElementById('ui');
    if (ui) ui.style.visibility = 'hidden';
  });
  await waitFrames(page, 4);
  const canvas = page.locator('#backdrop canvas');
  const first = await canvas.screenshot();
  await waitFrames(page, frames);
  const second = await canvas.screenshot();
  return [first, second];
}

describe('backdrop motion', () => {
  let session: Session | undefined;

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('animates when motion is allowed', async () => {
    session = await openSession(baseUrl, { reducedMotion: 'no-preference' });
    await waitForBackdrop(session.page);
    expect(await session.page.locator('#backdrop').getAttribute('data-motion')).toBe('full');
    const [first, second] = await twoFrames(session, 30);
    expect(first.equals(second)).toBe(false);
    expect(session.record.errors).toEqual([]);
  });

  it('holds one still frame under prefers-reduced-motion', async () => {
    session = await openSession(baseUrl, { reducedMotion: 'reduce' });
    await waitForBackdrop(session.page);
    expect(await session.page.locator('#backdrop').getAttribute('data-motion')).toBe('reduced');
    const [first, second] = await twoFrames(session, 30);
    expect(first.equals(second)).toBe(true);
    expect(session.record.errors).toEqual([]);
  });
});
