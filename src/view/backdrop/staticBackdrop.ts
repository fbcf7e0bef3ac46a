/**
 * The parts of the title backdrop that do not move, drawn with the Canvas 2D API into one texture:
 * a vignette, a faint map graticule, soft land glow, every tie and every contact.
 */
import { type BackdropModel, type BackdropNode, pointOnCurve } from './backdropModel';
import { palette } from './palette';

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** Margins keep the outermost contacts off the screen edge. */
const MARGIN_X = 0.03;
const MARGIN_Y = 0.05;

/** Map a normalised node to pixels. The world stretches to the screen: it is decoration, not a map. */
export function toScreen(node: Pick<BackdropNode, 'x' | 'y'>, width: number, height: number): ScreenPoint {
  return {
    x: width * (MARGIN_X + node.x * (1 - 2 * MARGIN_X)),
    y: height * (MARGIN_Y + node.y * (1 - 2 * MARGIN_Y)),
  };
}

export function drawStaticBackdrop(
  ctx: CanvasRenderingContext2D,
  model: BackdropModel,
  points: readonly ScreenPoint[],
  width: number,
  height: number,
  scale: number,
): void {
  ctx.clearRect(0, 0, width, height);

  const vignette = ctx.createRadialGradient(
    width / 2,
    height * 0.45,
    0,
    width / 2,
    height * 0.45,
    Math.max(width, height) * 0.75,
  );
  vignette.addColorStop(0, palette.backgroundCentre);
  vignette.addColorStop(1, palette.backgroundEdge);
  ctx.fillStyle = vignette;
  ctx.fillRect(0, 0, width, height);

  ctx.strokeStyle = palette.graticule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let i = 0; i <= 12; i++) {
    const { x } = toScreen({ x: i / 12, y: 0 }, width, height);
    ctx.moveTo(Math.round(x) + 0.5, 0);
    ctx.lineTo(Math.round(x) + 0.5, height);
  }
  for (let j = 0; j <= 6; j++) {
    const { y } = toScreen({ x: 0, y: j / 6 }, width, height);
    ctx.moveTo(0, Math.round(y) + 0.5);
    ctx.lineTo(width, Math.round(y) + 0.5);
  }
  ctx.stroke();

  const landRadius = 26 * scale;
  ctx.fillStyle = palette.land;
  for (const p of points) {
    ctx.beginPath();
    ctx.arc(p.x, p.y, landRadius, 0, Math.PI * 2);
    ctx.fill();
  }

  for (const long of [false, true]) {
    ctx.strokeStyle = long ? palette.longLink : palette.link;
    ctx.lineWidth = (long ? 1.2 : 1) * scale;
    ctx.beginPath();
    for (const link of model.links) {
      if (link.long !== long) continue;
      const a = points[link.a];
      const b = points[link.b];
      const c = pointOnCurve(a.x, a.y, b.x, b.y, link.bend, 0.5);
      // Control point of the quadratic that passes through c at u = 0.5.
      ctx.moveTo(a.x, a.y);
      ctx.quadraticCurveTo(2 * c.x - (a.x + b.x) / 2, 2 * c.y - (a.y + b.y) / 2, b.x, b.y);
    }
    ctx.stroke();
  }

  model.nodes.forEach((node, i) => {
    const p = points[i];
    if (node.hub) {
      disc(ctx, p, 7 * scale, palette.hubHalo);
      disc(ctx, p, 2.8 * scale, palette.hub);
    } else disc(ctx, p, 1.6 * scale, palette.node);
  });

  const post = points[model.listeningPost];
  if (post !== undefined) {
    disc(ctx, post, 12 * scale, palette.postHalo);
    ctx.strokeStyle = palette.postCss;
    ctx.lineWidth = 2 * scale;
    ctx.beginPath();
    ctx.arc(post.x, post.y, 6 * scale, 0, Math.PI * 2);
    ctx.stroke();
    disc(ctx, post, 3 * scale, palette.post);
  }
}

function disc(ctx: CanvasRenderingContext2D, at: ScreenPoint, radius: number, fill: string): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.arc(at.x, at.y, radius, 0, Math.PI * 2);
  ctx.fill();
}
