/**
 * Mouse and touch on the map, through Phaser's input: drag to pan, wheel to zoom at the pointer,
 * two fingers to pinch-zoom and pan, a tap or click (barely moving) to pick.
 */
import type * as Phaser from 'phaser';

export interface GestureHandlers {
  pan(dx: number, dy: number): void;
  zoom(factor: number, x: number, y: number): void;
  tap(x: number, y: number): void;
  /** Any pointer went down on the map (to move keyboard focus to it). */
  touched(): void;
  /** The last pointer was lifted: a good moment to redraw at full quality. */
  released(): void;
}

/** Movement (px) below which a press and release count as a tap, not a drag. */
const TAP_SLOP = 6;
/** Zoom per wheel pixel: one notch (~100 px) zooms by about 1.2×. */
const WHEEL_ZOOM = 0.0018;

interface Down {
  x: number;
  y: number;
  moved: number;
}

export function attachGestures(input: Phaser.Input.InputPlugin, handlers: GestureHandlers): () => void {
  const down = new Map<number, Down>();
  let pinch: number | null = null;
  let multi = false;

  const spread = (): { x: number; y: number; distance: number } | null => {
    const points = [...down.values()];
    if (points.length < 2) return null;
    const [a, b] = points;
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, distance: Math.hypot(a.x - b.x, a.y - b.y) };
  };

  const onDown = (pointer: Phaser.Input.Pointer) => {
    handlers.touched();
    down.set(pointer.id, { x: pointer.x, y: pointer.y, moved: 0 });
    if (down.size >= 2) {
      multi = true;
      pinch = spread()?.distance ?? null;
    }
  };

  const onMove = (pointer: Phaser.Input.Pointer) => {
    const at = down.get(pointer.id);
    if (at === undefined || !pointer.isDown) return;
    const before = spread();
    const dx = pointer.x - at.x;
    const dy = pointer.y - at.y;
    at.x = pointer.x;
    at.y = pointer.y;
    at.moved += Math.abs(dx) + Math.abs(dy);
    if (down.size >= 2) {
      const after = spread();
      if (before === null || after === null) return;
      if (pinch !== null && pinch > 0 && after.distance > 0)
        handlers.zoom(after.distance / pinch, after.x, after.y);
      pinch = after.distance;
      handlers.pan(after.x - before.x, after.y - before.y);
    } else if (dx !== 0 || dy !== 0) {
      handlers.pan(dx, dy);
    }
  };

  const onUp = (pointer: Phaser.Input.Pointer) => {
    const at = down.get(pointer.id);
    down.delete(pointer.id);
    if (at !== undefined && !multi && at.moved < TAP_SLOP) handlers.tap(pointer.x, pointer.y);
    if (down.size < 2) pinch = null;
    if (down.size === 0) {
      multi = false;
      handlers.released();
    }
  };

  const onWheel = (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    handlers.zoom(Math.exp(-dy * WHEEL_ZOOM), pointer.x, pointer.y);
    handlers.released();
  };

  input.on('pointerdown', onDown);
  input.on('pointermove', onMove);
  input.on('pointerup', onUp);
  input.on('pointerupoutside', onUp);
  input.on('wheel', onWheel);
  return () => {
    input.off('pointerdown', onDown);
    input.off('pointermove', onMove);
    input.off('pointerup', onUp);
    input.off('pointerupoutside', onUp);
    input.off('wheel', onWheel);
  };
}
