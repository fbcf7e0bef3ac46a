import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/view/strings/en';
import { devServer, type Server } from '../support/viteServers';
import { openSession, type Session, waitForBackdrop, waitFrames } from './browser';

/** `npm start` is the README's first command: the dev server must run the same game as the build. */
describe('the dev server (npm start)', () => {
  let server: Server;
  let session: Session;

  beforeAll(async () => {
    server = await devServer();
    session = await openSession(server.url);
  });

  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  it('serves the title page with its backdrop and no errors', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).waitFor({ timeout: 0 });
    await page.locator('#backdrop[data-backdrop="ready"] canvas').waitFor({ state: 'attached', timeout: 0 });
    await waitForBackdrop(page);
    await waitFrames(page, 10);
    expect(session.record.errors).toEqual([]);
  });

  it('opens the choice of operation from Start', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['title.start'] }).click();
    await page.getByRole('heading', { level: 2, name: en['scenarios.heading'] }).waitFor({ timeout: 0 });
    expect(session.record.errors).toEqual([]);
  });
});
