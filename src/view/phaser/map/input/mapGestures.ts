/**
 * Mouse and touch on the map, through Phaser's input: drag to pan, wheel to zoom at the pointer,
 * two fingers to pinch-zoom and pan, a tap or click (barely moving) to pick.
 */
import type * as Phaser from 'phaser';
import { farthestFrom, isTap, type Point, pinchStep } from './gestureMaths';

export interface GestureHandlers {
  pan(dx: number, dy: number): void;
  zoom(factor: number, x: number, y: number): void;
  tap(x: number, y: number): void;
  /** Any pointer went down on the map (to move keyboard focus to it). */
  touched(): void;
  /** The last pointer was lifted: a good moment to redraw at full quality. */
  released(): void;
}

/** Zoom per wheel pixel: one notch (~100 px) zooms by about 1.2×. */
const WHEEL_ZOOM = 0.0018;

interface Down {
  readonly start: Point;
  at: Point;
  /** The farthest (px) the pointer got from where it went down. */
  farthest: number;
}

export function attachGestures(input: Phaser.Input.InputPlugin, handlers: GestureHandlers): () => void {
  const down = new Map<number, Down>();
  /** Two fingers were down at some point of this press: its release is no tap. */
  let multi = false;

  /** The first two pointers down, where they are. */
  const pair = (): [Point, Point] | null => {
    const [a, b] = [...down.values()];
    return a === undefined || b === undefined ? null : [a.at, b.at];
  };

  const onDown = (pointer: Phaser.Input.Pointer) => {
    handlers.touched();
    const at = { x: pointer.x, y: pointer.y };
    down.set(pointer.id, { start: at, at, farthest: 0 });
    if (down.size >= 2) multi = true;
  };

  const onMove = (pointer: Phaser.Input.Pointer) => {
    const press = down.get(pointer.id);
    if (press === undefined || !pointer.isDown) return;
    const before = pair();
    const previous = press.at;
    press.at = { x: pointer.x, y: pointer.y };
    press.farthest = farthestFrom(press.start, press.at, press.farthest);
    const after = pair();
    if (before !== null && after !== null) {
      const step = pinchStep(before, after);
      if (step.dx !== 0 || step.dy !== 0) handlers.pan(step.dx, step.dy);
      if (step.factor !== 1) handlers.zoom(step.factor, step.x, step.y);
    } else if (before === null && (press.at.x !== previous.x || press.at.y !== previous.y)) {
      handlers.pan(press.at.x - previous.x, press.at.y - previous.y);
    }
  };

  const onUp = (pointer: Phaser.Input.Pointer) => {
    const press = down.get(pointer.id);
    down.delete(pointer.id);
    if (press !== undefined && !multi && isTap(press.farthest)) handlers.tap(press.start.x, press.start.y);
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
