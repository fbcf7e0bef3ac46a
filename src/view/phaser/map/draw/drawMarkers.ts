/**
 * The zoomed-out map: one marker per syndicate, sized by members, filled clockwise from the top by
 * its share of handsets in use (sky blue) and of handsets gone dark (grey); a yellow ring once
 * analysts hold evidence on any member; a dashed vermillion arc growing with the share of members
 * who heard the leak rumour. Ties between reached syndicates are drawn first, as soft curves.
 */
import type { Network } from '../../../../sim';
import type { Arrangement } from '../layout/networkLayout';
import type { SyndicateTies } from '../layout/syndicateTies';
import { mapPalette } from '../mapPalette';
import type { SyndicateCounts } from '../mapState';
import { toScreenX, toScreenY, type Viewport } from '../view/viewport';

/** Markers never shrink below this radius in pixels, so small syndicates stay visible and clickable. */
export const MIN_MARKER_RADIUS = 3.5;
/** Zoomed out, a marker's area stands for its members: radius = this × √members, in pixels. */
const PX_PER_SQRT_MEMBER = 0.7;

/**
 * A syndicate's marker radius in pixels: its packed circle on the map, but never smaller than
 * its size in members would make it on a zoomed-out map.
 */
export function markerRadius(arrangement: Arrangement, view: Viewport, s: number, members: number): number {
  return Math.max(
    MIN_MARKER_RADIUS,
    PX_PER_SQRT_MEMBER * Math.sqrt(members),
    arrangement.syndicateR[s] * view.scale,
  );
}

export interface MarkerData {
  readonly net: Network;
  readonly arrangement: Arrangement;
  readonly counts: SyndicateCounts;
  readonly activeBySyndicate: Int32Array;
  readonly reachedDay: Int32Array;
}

/** Few ties between two syndicates are faint, many are clearer (the picture is busy by mid-game). */
const TIE_ALPHA = [0.3, 0.5, 0.8] as const;

export function drawSyndicateTies(
  ctx: CanvasRenderingContext2D,
  view: Viewport,
  data: MarkerData,
  ties: SyndicateTies,
): void {
  const { arrangement: arr, reachedDay } = data;
  // Three widths by number of ties, each stroked as one path.
  const buckets = [new Path2D(), new Path2D(), new Path2D()];
  for (let i = 0; i < ties.length; i++) {
    const a = ties.a[i];
    const b = ties.b[i];
    if (reachedDay[a] < 0 || reachedDay[b] < 0) continue;
    const x0 = toScreenX(view, arr.syndicateX[a]);
    const y0 = toScreenY(view, arr.syndicateY[a]);
    const x1 = toScreenX(view, arr.syndicateX[b]);
    const y1 = toScreenY(view, arr.syndicateY[b]);
    // A gentle bow (always to the same side of a→b) so parallel ties do not hide one another.
    const cx = (x0 + x1) / 2 - (y1 - y0) * 0.15;
    const cy = (y0 + y1) / 2 + (x1 - x0) * 0.15;
    const path = buckets[ties.count[i] >= 8 ? 2 : ties.count[i] >= 3 ? 1 : 0];
    path.moveTo(x0, y0);
    path.quadraticCurveTo(cx, cy, x1, y1);
  }
  ctx.strokeStyle = mapPalette.syndicateTie;
  buckets.forEach((path, i) => {
    ctx.globalAlpha = TIE_ALPHA[i];
    ctx.lineWidth = 0.8 + i * 0.7;
    ctx.stroke(path);
  });
  ctx.globalAlpha = 1;
}

export function drawMarkers(
  ctx: CanvasRenderingContext2D,
  view: Viewport,
  data: MarkerData,
  dim: number | null,
): void {
  const { net, arrangement: arr, counts, activeBySyndicate, reachedDay } = data;
  const pad = 12;
  for (let s = 0; s < net.syndicateCount; s++) {
    const x = toScreenX(view, arr.syndicateX[s]);
    const y = toScreenY(view, arr.syndicateY[s]);
    const size = net.firstMember[s + 1] - net.firstMember[s];
    const r = markerRadius(arr, view, s, size);
    if (x + r + pad < 0 || y + r + pad < 0 || x - r - pad > view.width || y - r - pad > view.height) continue;
    ctx.globalAlpha = dim !== null && dim !== s ? 0.35 : 1;
    const reached = reachedDay[s] >= 0;

    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = mapPalette.markerFill;
    ctx.fill();
    if (reached) {
      const active = activeBySyndicate[s] / size;
      const gone = counts.gone[s] / size;
      wedge(ctx, x, y, r, 0, active, mapPalette.handset);
      wedge(ctx, x, y, r, active, active + gone, mapPalette.dark);
    }
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.lineWidth = reached ? 1.5 : 1;
    ctx.strokeStyle = reached ? mapPalette.markerOutlineReached : mapPalette.markerOutline;
    ctx.stroke();

    if (counts.evidence[s] > 0) {
      // A thin arc: the share of members analysts hold evidence on.
      const share = Math.max(0.04, counts.evidence[s] / size);
      ctx.beginPath();
      ctx.arc(x, y, r + 2.5, -Math.PI / 2, -Math.PI / 2 + Math.min(1, share) * Math.PI * 2);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = mapPalette.evidence;
      ctx.stroke();
    }
    if (counts.rumour[s] > 0) {
      const share = Math.max(0.04, counts.rumour[s] / size);
      ctx.beginPath();
      ctx.arc(x, y, r + 5.5, -Math.PI / 2, -Math.PI / 2 + share * Math.PI * 2);
      ctx.setLineDash([3, 2]);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = mapPalette.rumour;
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  ctx.globalAlpha = 1;
}

/** A pie slice from share `from` to share `to` (0–1, clockwise from twelve o'clock). */
function wedge(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  from: number,
  to: number,
  colour: string,
): void {
  if (to - from <= 0) return;
  const start = -Math.PI / 2 + from * Math.PI * 2;
  const end = -Math.PI / 2 + Math.min(1, to) * Math.PI * 2;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.arc(x, y, r, start, end);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
}
