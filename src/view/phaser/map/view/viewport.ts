/**
 * The map's camera as plain data: which world point sits at the centre of the screen and how many
 * pixels one world unit takes. Pure functions, so pan and zoom are testable without a browser.
 */
import type { Bounds } from '../layout/networkLayout';

export interface Viewport {
  /** World point at the centre of the screen. */
  readonly cx: number;
  readonly cy: number;
  /** Pixels per world unit. */
  readonly scale: number;
  /** Screen size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

export interface ZoomLimits {
  readonly minScale: number;
  readonly maxScale: number;
  /** The centre of the open middle may not leave this box (so the content cannot be lost). */
  readonly bounds: Bounds;
  /**
   * Where the open middle's centre is, in px from the screen's centre (none: the screen's centre).
   * On a phone the panels leave an open middle well off the screen's centre.
   */
  readonly middle?: { readonly x: number; readonly y: number };
}

export function toScreenX(v: Viewport, x: number): number {
  return (x - v.cx) * v.scale + v.width / 2;
}

export function toScreenY(v: Viewport, y: number): number {
  return (y - v.cy) * v.scale + v.height / 2;
}

export function toWorld(v: Viewport, sx: number, sy: number): { x: number; y: number } {
  return { x: v.cx + (sx - v.width / 2) / v.scale, y: v.cy + (sy - v.height / 2) / v.scale };
}

/** A rectangle of the screen, in CSS pixels. */
export interface Frame {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The viewport that shows `bounds` whole inside `frame` (by default the whole screen), with
 * `margin` (a fraction of the frame) around it.
 */
export function fitBounds(
  bounds: Bounds,
  width: number,
  height: number,
  margin = 0.06,
  frame: Frame = { left: 0, top: 0, width, height },
): Viewport {
  const w = Math.max(1e-6, bounds.maxX - bounds.minX);
  const h = Math.max(1e-6, bounds.maxY - bounds.minY);
  const scale = Math.max(
    1e-9,
    Math.min((frame.width * (1 - 2 * margin)) / w, (frame.height * (1 - 2 * margin)) / h),
  );
  const frameX = frame.left + frame.width / 2;
  const frameY = frame.top + frame.height / 2;
  return {
    cx: (bounds.minX + bounds.maxX) / 2 - (frameX - width / 2) / scale,
    cy: (bounds.minY + bounds.maxY) / 2 - (frameY - height / 2) / scale,
    scale,
    width,
    height,
  };
}

/** Zoom by `factor` keeping the world point under screen point (sx, sy) where it is. */
export function zoomAt(v: Viewport, factor: number, sx: number, sy: number, limits: ZoomLimits): Viewport {
  const scale = clamp(v.scale * factor, limits.minScale, limits.maxScale);
  const anchor = toWorld(v, sx, sy);
  const next = {
    ...v,
    scale,
    cx: anchor.x - (sx - v.width / 2) / scale,
    cy: anchor.y - (sy - v.height / 2) / scale,
  };
  return clampCentre(next, limits);
}

/** Move the picture by (dx, dy) screen pixels (dragging right moves the world right). */
export function panBy(v: Viewport, dx: number, dy: number, limits: ZoomLimits): Viewport {
  return clampCentre({ ...v, cx: v.cx - dx / v.scale, cy: v.cy - dy / v.scale }, limits);
}

/** Follow a change of screen size, keeping the centre and the scale. */
export function resized(v: Viewport, width: number, height: number): Viewport {
  return { ...v, width, height };
}

/** The view moved so that world point (x, y) sits at the centre of `frame`. */
export function centreIn(v: Viewport, x: number, y: number, frame: Frame): Viewport {
  return {
    ...v,
    cx: x - (frame.left + frame.width / 2 - v.width / 2) / v.scale,
    cy: y - (frame.top + frame.height / 2 - v.height / 2) / v.scale,
  };
}

/** Whether world point (x, y) lies well inside `frame` (an inner `share` of it). */
export function insideFrame(v: Viewport, x: number, y: number, frame: Frame, share = 0.8): boolean {
  const sx = toScreenX(v, x) - (frame.left + frame.width / 2);
  const sy = toScreenY(v, y) - (frame.top + frame.height / 2);
  return Math.abs(sx) < (frame.width / 2) * share && Math.abs(sy) < (frame.height / 2) * share;
}

/** The view moved the least for the world point at the open middle's centre to lie in the bounds. */
export function clampCentre(v: Viewport, limits: ZoomLimits): Viewport {
  const { bounds } = limits;
  const ox = (limits.middle?.x ?? 0) / v.scale;
  const oy = (limits.middle?.y ?? 0) / v.scale;
  return {
    ...v,
    cx: clamp(v.cx + ox, bounds.minX, bounds.maxX) - ox,
    cy: clamp(v.cy + oy, bounds.minY, bounds.maxY) - oy,
  };
}

export function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    a.cx === b.cx && a.cy === b.cy && a.scale === b.scale && a.width === b.width && a.height === b.height
  );
}

/** The world box the viewport shows. */
export function visibleBounds(v: Viewport): Bounds {
  const halfW = v.width / 2 / v.scale;
  const halfH = v.height / 2 / v.scale;
  return { minX: v.cx - halfW, minY: v.cy - halfH, maxX: v.cx + halfW, maxY: v.cy + halfH };
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
