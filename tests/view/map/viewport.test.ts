import { describe, expect, it } from 'vitest';
import { keyIntent } from '../../../src/view/phaser/map/input/mapKeys';
import {
  fitBounds,
  panBy,
  toScreenX,
  toScreenY,
  toWorld,
  type ZoomLimits,
  zoomAt,
} from '../../../src/view/phaser/map/view/viewport';

const limits: ZoomLimits = {
  minScale: 0.1,
  maxScale: 100,
  bounds: { minX: -1000, minY: -1000, maxX: 1000, maxY: 1000 },
};

describe('the map viewport', () => {
  it('fits a box inside a frame of the screen, centred on the frame', () => {
    const view = fitBounds({ minX: 0, minY: 0, maxX: 100, maxY: 50 }, 1000, 800, 0, {
      left: 200,
      top: 100,
      width: 600,
      height: 600,
    });
    expect(view.scale).toBeCloseTo(6);
    expect(toScreenX(view, 50)).toBeCloseTo(500);
    expect(toScreenY(view, 25)).toBeCloseTo(400);
    expect(toScreenX(view, 0)).toBeCloseTo(200);
  });

  it('zooms about a screen point, which stays over the same world point', () => {
    const view = fitBounds({ minX: 0, minY: 0, maxX: 100, maxY: 100 }, 800, 600);
    const before = toWorld(view, 123, 456);
    const zoomed = zoomAt(view, 2.5, 123, 456, limits);
    const after = toWorld(zoomed, 123, 456);
    expect(zoomed.scale).toBeCloseTo(view.scale * 2.5);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('keeps the zoom within limits and panning moves the picture with the pointer', () => {
    const view = fitBounds({ minX: 0, minY: 0, maxX: 100, maxY: 100 }, 800, 600);
    expect(zoomAt(view, 1e9, 0, 0, limits).scale).toBe(100);
    const moved = panBy(view, 40, -20, limits);
    expect(toScreenX(moved, 50) - toScreenX(view, 50)).toBeCloseTo(40);
    expect(toScreenY(moved, 50) - toScreenY(view, 50)).toBeCloseTo(-20);
  });

  it('lets a view fitted to an open middle off the screen centre pan freely, keeping that middle on the map', () => {
    const box = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
    // A phone: the open middle is the top of the screen.
    const frame = { left: 0, top: 0, width: 400, height: 300 };
    const home = fitBounds(box, 400, 800, 0, frame);
    const offCentre: ZoomLimits = { ...limits, bounds: box, middle: { x: 0, y: 150 - 400 } };
    const moved = panBy(home, 5, 5, offCentre);
    expect(moved.cx).toBeCloseTo(home.cx - 5 / home.scale);
    expect(moved.cy).toBeCloseTo(home.cy - 5 / home.scale);
    // Dragged far away, the world point at the middle's centre stops at the box's edge.
    const far = panBy(home, -10_000, -10_000, offCentre);
    expect(toWorld(far, 200, 150).x).toBeCloseTo(100);
    expect(toWorld(far, 200, 150).y).toBeCloseTo(100);
  });
});

describe('the map keys', () => {
  const press = (key: string, shiftKey = false) =>
    keyIntent({ key, shiftKey, ctrlKey: false, metaKey: false, altKey: false }, 1000, 500);

  it('maps arrows to pans, + and − to zoom, N/P/Enter/Escape to the cursor and selection', () => {
    expect(press('ArrowLeft')).toEqual({ kind: 'pan', dx: 120, dy: 0 });
    expect(press('ArrowDown', true)).toEqual({ kind: 'pan', dx: 0, dy: -180 });
    expect(press('+')).toEqual({ kind: 'action', action: 'zoom-in' });
    expect(press('-')).toEqual({ kind: 'action', action: 'zoom-out' });
    expect(press('0')).toEqual({ kind: 'action', action: 'reset' });
    expect(press('n')).toEqual({ kind: 'action', action: 'next' });
    expect(press('P')).toEqual({ kind: 'action', action: 'previous' });
    expect(press('Enter')).toEqual({ kind: 'action', action: 'select' });
    expect(press('Escape')).toEqual({ kind: 'clear' });
  });

  it('leaves Space, letters of the play screen and shortcuts with modifiers alone', () => {
    expect(press(' ')).toBeNull();
    expect(press('m')).toBeNull();
    expect(
      keyIntent({ key: '+', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false }, 10, 10),
    ).toBeNull();
  });
});
