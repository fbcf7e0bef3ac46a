/**
 * The map on a phone: a 390×844 touch screen. One finger drags the map, two pinch it, a tap on a
 * syndicate opens its case file. Touches go through Chromium's DevTools protocol
 * (Input.dispatchTouchEvent), the way a touch screen delivers them, two fingers at once.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILT_IN_SCENARIOS, createSim } from '../../src/sim';
import { worldAtlas } from '../../src/view/phaser/map/geo/worldAtlas';
import { buildNetworkLayout } from '../../src/view/phaser/map/layout/networkLayout';
import { syndicateAt, TAP_REACH } from '../../src/view/phaser/map/view/hitTest';
import { toScreenX, toScreenY, type Viewport } from '../../src/view/phaser/map/view/viewport';
import { en } from '../../src/view/strings/en';
import type { Session } from './browser';
import { openMapGame, painted, storeView, waitForPaint } from './map/mapPage';
import { savedGame } from './map/savedGames';

const baseUrl = inject('baseUrl');
const SEED = 1;
const PHONE = { width: 390, height: 844 };

interface Finger {
  x: number;
  y: number;
  id: number;
}

/** Put fingers down at `from`, move them to `to` in `steps` steps, lift them. */
async function touchMove(cdp: CDPSession, from: Finger[], to: Finger[], steps: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: from });
  for (let i = 1; i <= steps; i++) {
    const k = i / steps;
    const points = from.map((f, n) => ({
      id: f.id,
      x: f.x + (to[n].x - f.x) * k,
      y: f.y + (to[n].y - f.y) * k,
    }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The middle of the part of the map the panels leave open. */
async function openMiddle(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const open = await page.locator('.map-ui').boundingBox();
  if (open === null) throw new Error('no open map area');
  return { x: open.x + open.width / 2, y: open.y + open.height / 2, width: open.width, height: open.height };
}

async function fullView(page: Page): Promise<Viewport> {
  const { view } = await painted(page);
  return { ...view, ...PHONE };
}

describe('the map on a touch screen', () => {
  let session: Session;
  let cdp: CDPSession;

  beforeAll(async () => {
    session = await openMapGame(baseUrl, savedGame('workshop', SEED, 0), {
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
    });
    cdp = await session.context.newCDPSession(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('pans with one finger: the world follows the finger, at the same scale', async () => {
    const { page } = session;
    const start = (await painted(page)).view;
    const middle = await openMiddle(page);
    // Small enough for the open middle's centre to stay over the world map (the pan's limit).
    const dx = 24;
    const dy = 12;
    await touchMove(
      cdp,
      [{ id: 1, x: middle.x, y: middle.y }],
      [{ id: 1, x: middle.x + dx, y: middle.y + dy }],
      6,
    );
    const after = await waitForPaint(page, (p) => p.view.cx !== start.cx || p.view.cy !== start.cy);
    expect(after.view.scale).toBe(start.scale);
    expect(after.view.cx).toBeCloseTo(start.cx - dx / start.scale, 3);
    expect(after.view.cy).toBeCloseTo(start.cy - dy / start.scale, 3);
    // A drag is not a tap: nothing was selected.
    expect((await storeView(page)).selected).toBeNull();
  });

  it('zooms with two fingers, about their midpoint', async () => {
    const { page } = session;
    const start = (await painted(page)).view;
    const middle = await openMiddle(page);
    const spread = Math.min(middle.width, middle.height) / 8;
    await touchMove(
      cdp,
      [
        { id: 1, x: middle.x - spread, y: middle.y },
        { id: 2, x: middle.x + spread, y: middle.y },
      ],
      [
        { id: 1, x: middle.x - 2 * spread, y: middle.y },
        { id: 2, x: middle.x + 2 * spread, y: middle.y },
      ],
      8,
    );
    const after = await waitForPaint(page, (p) => p.view.scale > start.scale * 1.5);
    expect(after.view.scale).toBeCloseTo(start.scale * 2, 3);
    // The world point under the fingers' midpoint stayed under it.
    const before = { ...start, ...PHONE };
    const zoomed = { ...after.view, ...PHONE };
    const world = (v: Viewport) => ({
      x: v.cx + (middle.x - v.width / 2) / v.scale,
      y: v.cy + (middle.y - v.height / 2) / v.scale,
    });
    expect(world(zoomed).x).toBeCloseTo(world(before).x, 3);
    expect(world(zoomed).y).toBeCloseTo(world(before).y, 3);
    expect((await storeView(page)).selected).toBeNull();
  });

  it('opens a syndicate’s case file with a tap beside its small marker, within a finger’s reach', async () => {
    const { page } = session;
    await page.getByRole('button', { name: en['map.reset'] }).tap();
    await waitForPaint(page, (p) => p.level === 'markers');
    const view = await fullView(page);
    const middle = await openMiddle(page);
    const net = createSim(BUILT_IN_SCENARIOS.workshop, SEED).net;
    const geo = buildNetworkLayout(net, worldAtlas()).geo;
    // A tap a finger's width below a marker's centre, in the open map, that picks that marker.
    const below = TAP_REACH - 4;
    const target = [...Array(net.syndicateCount).keys()].find((s) => {
      const x = toScreenX(view, geo.syndicateX[s]);
      const y = toScreenY(view, geo.syndicateY[s]) + below;
      return (
        Math.abs(x - middle.x) < middle.width / 2 - 30 &&
        Math.abs(y - middle.y) < middle.height / 2 - 30 &&
        syndicateAt(geo, net.firstMember, view, true, x, y) === s
      );
    });
    if (target === undefined) throw new Error('no syndicate marker in the open part of the map');
    await page.touchscreen.tap(
      toScreenX(view, geo.syndicateX[target]),
      toScreenY(view, geo.syndicateY[target]) + below,
    );
    await page.locator('#case-heading').waitFor();
    expect((await storeView(page)).selected).toBe(target);
  });
});
