import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_SCENARIOS, createSim } from '../../src/sim';
import { worldAtlas } from '../../src/view/phaser/map/geo/worldAtlas';
import { buildNetworkLayout } from '../../src/view/phaser/map/layout/networkLayout';
import { westToEast } from '../../src/view/phaser/map/view/cursorOrder';
import { syndicateAt } from '../../src/view/phaser/map/view/hitTest';
import { toScreenX, toScreenY, type Viewport } from '../../src/view/phaser/map/view/viewport';
import { en } from '../../src/view/strings/en';
import { axeViolations } from './axe';
import type { Session } from './browser';
import {
  advanceDays,
  canvasPng,
  differingPixels,
  openMapGame,
  painted,
  storeView,
  waitForPaint,
} from './map/mapPage';
import { savedGame } from './map/savedGames';
import { pixelStats } from './pixels';

const baseUrl = inject('baseUrl');
const SEED = 1;

/** The workshop network as the page lays it out (same code, run here in Node). */
function workshopLayout() {
  const net = createSim(BUILT_IN_SCENARIOS.workshop, SEED).net;
  return { net, layout: buildNetworkLayout(net, worldAtlas()) };
}

async function fullView(page: Page): Promise<Viewport> {
  const { view } = await painted(page);
  const size = page.viewportSize();
  if (size === null) throw new Error('no viewport size');
  return { ...view, width: size.width, height: size.height };
}

describe('the map of a game', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openMapGame(baseUrl, savedGame('workshop', SEED, 0));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('runs when a game exists: the map scene, labelled and focusable, on the play screen', async () => {
    const { page } = session;
    expect((await storeView(page)).screen).toBe('play');
    const backdrop = page.locator('#backdrop');
    expect(await backdrop.getAttribute('role')).toBe('application');
    expect(await backdrop.getAttribute('aria-label')).toBe(en['map.label']);
    expect(await backdrop.getAttribute('tabindex')).toBe('0');
    expect(await backdrop.getAttribute('aria-hidden')).toBeNull();
    expect((await painted(page)).level).toBe('markers');
  });

  it('changes the picture as handsets spread, day by day', async () => {
    const { page, context } = session;
    const before = await canvasPng(page);
    const start = await storeView(page);
    const revision = await advanceDays(page, 150);
    await waitForPaint(page, (p) => p.revision === revision);
    expect((await storeView(page)).day).toBe(start.day + 150);
    const after = await canvasPng(page);
    expect(await differingPixels(context, before, after)).toBeGreaterThan(200);
    const [statsBefore, statsAfter] = [await pixelStats(context, before), await pixelStats(context, after)];
    // The markers' handset share (sky blue) grows.
    expect(statsAfter.bluePixels).toBeGreaterThan(statsBefore.bluePixels);
  });

  it('selects the syndicate under a click', async () => {
    const { page } = session;
    const { net, layout } = workshopLayout();
    const view = await fullView(page);
    const open = await page.locator('.map-ui').boundingBox();
    const controls = await page.locator('.map-ui__controls').boundingBox();
    const legend = await page.locator('.map-ui__legend').boundingBox();
    if (open === null || controls === null || legend === null) throw new Error('no map controls');
    const inside = (
      x: number,
      y: number,
      box: { x: number; y: number; width: number; height: number },
      pad: number,
    ) => x > box.x - pad && x < box.x + box.width + pad && y > box.y - pad && y < box.y + box.height + pad;
    const geo = layout.geo;
    const target = [...Array(net.syndicateCount).keys()].find((s) => {
      const x = toScreenX(view, geo.syndicateX[s]);
      const y = toScreenY(view, geo.syndicateY[s]);
      return (
        inside(x, y, open, -30) &&
        !inside(x, y, controls, 20) &&
        !inside(x, y, legend, 20) &&
        syndicateAt(geo, net.firstMember, view, true, x, y) === s
      );
    });
    if (target === undefined) throw new Error('no syndicate marker in the open part of the map');
    await page.mouse.click(toScreenX(view, geo.syndicateX[target]), toScreenY(view, geo.syndicateY[target]));
    await page.waitForFunction(
      // biome-ignore lint/suspicious/noExplicitAny: the test handle is untyped on window.
      (s) => (window as any).__backchannel.store.getState().selectedSyndicate === s,
      target,
    );
    expect((await storeView(page)).selected).toBe(target);
  });

  it('selects by keyboard: N marks the westernmost syndicate, Enter selects it, Escape clears', async () => {
    const { page } = session;
    const { layout } = workshopLayout();
    const westernmost = westToEast(layout.geo)[0];
    await page.locator('#backdrop').focus();
    await page.keyboard.press('Escape');
    expect((await storeView(page)).selected).toBeNull();
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    expect((await storeView(page)).selected).toBe(westernmost);
    const live = page.locator('#map-ui [aria-live="polite"]');
    expect(await live.textContent()).toContain('Marked:');
    await page.keyboard.press('Escape');
    expect((await storeView(page)).selected).toBeNull();
  });

  it('zooms in and out by keyboard and by its buttons', async () => {
    const { page } = session;
    await page.locator('#backdrop').focus();
    await page.keyboard.press('0');
    await waitForPaint(page, () => true);
    const start = (await painted(page)).view.scale;
    await page.keyboard.press('+');
    const zoomedIn = (await waitForPaint(page, (p) => p.view.scale > start * 1.2)).view.scale;
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    const zoomedOut = (await waitForPaint(page, (p) => p.view.scale < zoomedIn * 0.7)).view.scale;
    expect(zoomedOut).toBeLessThan(start);

    await page.getByRole('button', { name: en['map.reset'] }).click();
    const home = (await waitForPaint(page, (p) => Math.abs(p.view.scale - start) < 1e-6)).view;
    await page.getByRole('button', { name: en['map.zoomIn'] }).click();
    await waitForPaint(page, (p) => p.view.scale > home.scale * 1.2);
    const before = (await painted(page)).view;
    await page.locator('#backdrop').focus();
    await page.keyboard.press('ArrowRight');
    const moved = await waitForPaint(page, (p) => p.view.cx !== before.cx);
    expect(moved.view.cx).toBeGreaterThan(before.cx);
    await page.keyboard.press('0');
    await waitForPaint(page, (p) => Math.abs(p.view.scale - start) < 1e-6);
  });

  it('shows one syndicate’s people in the members view', async () => {
    const { page } = session;
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the test handle is untyped on window.
      (window as any).__backchannel.store.getState().selectSyndicate(0);
    });
    await page.getByRole('button', { name: en['map.view.members'] }).click();
    await waitForPaint(page, (p) => p.level === 'people');
    expect((await storeView(page)).mode).toBe('members');
    expect(
      await page.getByRole('button', { name: en['map.view.members'] }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('draws the whole network (every person and tie) when asked', async () => {
    const { page, context } = session;
    await page.getByRole('button', { name: en['map.view.all'] }).click();
    await waitForPaint(page, (p) => p.level === 'whole');
    const stats = await pixelStats(context, await canvasPng(page));
    expect(stats.litPixels).toBeGreaterThan(3000);
    expect(stats.distinctColours).toBeGreaterThan(40);
    await page.getByRole('button', { name: en['map.view.world'] }).click();
    await waitForPaint(page, (p) => p.level === 'markers');
  });

  it('has no axe violations in the map and its controls (key open)', async () => {
    const { page } = session;
    await page.locator('.map-ui__legend summary').click();
    const violations = await axeViolations(page, ['#map-ui', '#backdrop']);
    expect(violations).toEqual([]);
  });

  it('logged no errors', () => {
    expect(session.record.errors).toEqual([]);
    expect(session.record.failedRequests).toEqual([]);
  });
});
