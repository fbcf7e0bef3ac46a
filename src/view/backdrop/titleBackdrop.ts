/**
 * The calm "operations room" behind the title screen, drawn with the Canvas 2D API alone (no
 * Phaser, so the title and the teachers' pages load none): a dim world of contacts, with messages
 * travelling along ties (blue) and their copies flowing to the listening post (orange).
 * Everything that does not move is drawn once per size into an offscreen canvas; each frame copies
 * it and draws only the few moving trails, their glowing heads and the listening post's rings.
 */
import {
  type BackdropModel,
  buildBackdropModel,
  type Pulse,
  pointOnCurve,
  pulsesAt,
  STATIC_FRAME_MS,
} from './backdropModel';
import { palette } from './palette';
import { drawStaticBackdrop, type ScreenPoint, toScreen } from './staticBackdrop';

export interface TitleBackdrop {
  /** Put the canvas into its parent and animate (or hold the still frame under reduced motion). */
  show(): void;
  /** Take the canvas out and stop drawing. */
  hide(): void;
}

export interface TitleBackdropOptions {
  /** Read on every frame, so a change of the OS setting takes effect at once. */
  readonly reducedMotion: () => boolean;
  /** Called after each show's first frame. */
  readonly onFrame: () => void;
}

const TRAIL_STEPS = 10;
const TRAIL_LENGTH = 0.45;
const GLOW_SIZE = 64;
/** Clamp a frame's step so a tab coming back from the background resumes calmly instead of jumping. */
const MAX_STEP_MS = 100;

export function createTitleBackdrop(parent: HTMLElement, options: TitleBackdropOptions): TitleBackdrop {
  // Built on the first frame, not on load: the title's text paints first.
  let model: BackdropModel | null = null;
  const canvas = document.createElement('canvas');
  const ctx = context(canvas);
  const still = document.createElement('canvas');
  const stillCtx = context(still);
  const glows = { message: makeGlow(palette.messageHead), copy: makeGlow(palette.copyHead) };
  let points: ScreenPoint[] = [];
  let lineScale = 1;
  /** Animation clock in ms; starts at the reduced-motion frame so both begin from the same picture. */
  let clock = STATIC_FRAME_MS;
  let frame = 0;
  let last = 0;
  let shown = false;
  let announced = false;

  const layout = (model: BackdropModel): boolean => {
    const width = Math.max(1, Math.round(parent.clientWidth));
    const height = Math.max(1, Math.round(parent.clientHeight));
    if (width === canvas.width && height === canvas.height && points.length > 0) return false;
    canvas.width = still.width = width;
    canvas.height = still.height = height;
    lineScale = Math.min(1.6, Math.max(0.8, Math.min(width, height) / 900));
    points = model.nodes.map((node) => toScreen(node, width, height));
    drawStaticBackdrop(stillCtx, model, points, width, height, lineScale);
    return true;
  };

  const draw = (model: BackdropModel) => {
    ctx.globalCompositeOperation = 'source-over';
    ctx.globalAlpha = 1;
    ctx.drawImage(still, 0, 0);
    const pulses = pulsesAt(model, clock);
    for (const pulse of pulses) drawTrail(ctx, points, pulse, lineScale);
    ctx.globalCompositeOperation = 'lighter';
    for (const pulse of pulses) {
      if (pulse.progress < 1) drawHead(ctx, points, pulse, lineScale, glows[pulse.kind]);
    }
    ctx.globalCompositeOperation = 'source-over';
    drawListeningPost(ctx, points[model.listeningPost], clock, lineScale);
    ctx.globalAlpha = 1;
    if (!announced) {
      announced = true;
      options.onFrame();
    }
  };

  const tick = (now: number) => {
    frame = 0;
    if (!shown) return;
    model ??= buildBackdropModel();
    const resized = layout(model);
    if (options.reducedMotion()) {
      if (clock !== STATIC_FRAME_MS || resized || !announced) {
        clock = STATIC_FRAME_MS;
        draw(model);
      }
    } else {
      if (last > 0) clock += Math.min(now - last, MAX_STEP_MS);
      draw(model);
    }
    last = now;
    frame = requestAnimationFrame(tick);
  };

  return {
    show() {
      if (shown) return;
      shown = true;
      announced = false;
      last = 0;
      parent.appendChild(canvas);
      // Skip one frame, so the screen in front is painted before the backdrop's first picture.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(tick);
      });
    },
    hide() {
      if (!shown) return;
      shown = false;
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      canvas.remove();
    },
  };
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('titleBackdrop: no 2D canvas context');
  return ctx;
}

function rgba(colour: number, alpha: number): string {
  return `rgba(${(colour >> 16) & 255}, ${(colour >> 8) & 255}, ${colour & 255}, ${alpha})`;
}

/** A soft round glow in its final colour, drawn once and stamped for each message's head. */
function makeGlow(colour: number): HTMLCanvasElement {
  const glow = document.createElement('canvas');
  glow.width = glow.height = GLOW_SIZE;
  const ctx = context(glow);
  const half = GLOW_SIZE / 2;
  const gradient = ctx.createRadialGradient(half, half, 0, half, half, half);
  gradient.addColorStop(0, rgba(colour, 1));
  gradient.addColorStop(0.18, rgba(colour, 0.85));
  gradient.addColorStop(0.45, rgba(colour, 0.22));
  gradient.addColorStop(1, rgba(colour, 0));
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, GLOW_SIZE, GLOW_SIZE);
  return glow;
}

function drawTrail(
  ctx: CanvasRenderingContext2D,
  points: readonly ScreenPoint[],
  pulse: Pulse,
  scale: number,
): void {
  const a = points[pulse.from];
  const b = points[pulse.to];
  const colour = pulse.kind === 'message' ? palette.message : palette.copy;
  const width = (pulse.kind === 'message' ? 2.6 : 1.8) * scale;
  // The whole travelled path glows faintly; the last stretch behind the head glows brightly.
  const faint = pulse.kind === 'message' ? 0.35 : 0.2;
  strokeCurve(ctx, a, b, pulse.bend, 0, pulse.progress, width * 0.6, colour, faint * pulse.strength);
  const from = Math.max(0, pulse.progress - TRAIL_LENGTH);
  for (let i = 0; i < TRAIL_STEPS; i++) {
    const u0 = from + ((pulse.progress - from) * i) / TRAIL_STEPS;
    const u1 = from + ((pulse.progress - from) * (i + 1)) / TRAIL_STEPS;
    const alpha = pulse.strength * (0.1 + (0.8 * (i + 1)) / TRAIL_STEPS);
    strokeCurve(ctx, a, b, pulse.bend, u0, u1, width, colour, alpha);
  }
}

function strokeCurve(
  ctx: CanvasRenderingContext2D,
  a: ScreenPoint,
  b: ScreenPoint,
  bend: number,
  u0: number,
  u1: number,
  width: number,
  colour: number,
  alpha: number,
): void {
  if (u1 <= u0 || alpha <= 0) return;
  const steps = Math.max(2, Math.ceil((u1 - u0) * 24));
  ctx.lineWidth = width;
  ctx.strokeStyle = rgba(colour, 1);
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  for (let i = 0; i <= steps; i++) {
    const p = pointOnCurve(a.x, a.y, b.x, b.y, bend, u0 + ((u1 - u0) * i) / steps);
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  ctx.stroke();
}

function drawHead(
  ctx: CanvasRenderingContext2D,
  points: readonly ScreenPoint[],
  pulse: Pulse,
  scale: number,
  glow: HTMLCanvasElement,
): void {
  const a = points[pulse.from];
  const b = points[pulse.to];
  const p = pointOnCurve(a.x, a.y, b.x, b.y, pulse.bend, pulse.progress);
  const size = GLOW_SIZE * (pulse.kind === 'message' ? 0.36 : 0.3) * scale;
  ctx.globalAlpha = pulse.strength;
  ctx.drawImage(glow, p.x - size / 2, p.y - size / 2, size, size);
}

/** Two rings slowly widening around the listening post, like a quiet sonar. */
function drawListeningPost(
  ctx: CanvasRenderingContext2D,
  post: ScreenPoint | undefined,
  clock: number,
  scale: number,
): void {
  if (post === undefined) return;
  const period = 4200;
  ctx.lineWidth = 1.5 * scale;
  ctx.strokeStyle = rgba(palette.copy, 1);
  for (const offset of [0, period / 2]) {
    const phase = ((clock + offset) % period) / period;
    ctx.globalAlpha = 0.55 * (1 - phase);
    ctx.beginPath();
    ctx.arc(post.x, post.y, (6 + 26 * phase) * scale, 0, Math.PI * 2);
    ctx.stroke();
  }
}
