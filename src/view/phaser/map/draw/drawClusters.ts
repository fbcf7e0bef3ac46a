/**
 * The whole-network view's backdrop: each country's cluster as a faint circle with its name, so the
 * cartogram still reads as a world.
 */
import type { Network } from '../../../../sim';
import { countryName } from '../../../ui/format';
import type { Arrangement } from '../layout/networkLayout';
import { mapPalette } from '../mapPalette';
import { toScreenX, toScreenY, type Viewport } from '../view/viewport';

/** Clusters smaller than this on screen (radius, px) get no label. */
const LABEL_FROM_PX = 26;

export function drawClusters(
  ctx: CanvasRenderingContext2D,
  view: Viewport,
  net: Network,
  arrangement: Arrangement,
): void {
  const outlines = new Path2D();
  const labels: { x: number; y: number; r: number; name: string }[] = [];
  for (let c = 0; c < net.countries.length; c++) {
    const r = arrangement.countryR[c] * view.scale;
    if (r <= 0) continue;
    const x = toScreenX(view, arrangement.countryX[c]);
    const y = toScreenY(view, arrangement.countryY[c]);
    if (x + r < 0 || y + r < 0 || x - r > view.width || y - r > view.height) continue;
    outlines.moveTo(x + r, y);
    outlines.arc(x, y, r, 0, Math.PI * 2);
    if (r >= LABEL_FROM_PX) labels.push({ x, y: y - r - 3, r, name: countryName(net.countries[c].iso2) });
  }
  ctx.fillStyle = 'rgba(20, 32, 51, 0.55)';
  ctx.fill(outlines);
  ctx.strokeStyle = mapPalette.clusterOutline;
  ctx.lineWidth = 1;
  ctx.stroke(outlines);

  ctx.font = '600 12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = mapPalette.countryLabel;
  // Biggest clusters first; a label that would overlap one already placed is left out.
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  labels.sort((a, b) => b.r - a.r);
  for (const label of labels) {
    const half = ctx.measureText(label.name).width / 2 + 3;
    const box = { x0: label.x - half, y0: label.y - 15, x1: label.x + half, y1: label.y + 1 };
    if (placed.some((p) => box.x0 < p.x1 && box.x1 > p.x0 && box.y0 < p.y1 && box.y1 > p.y0)) continue;
    placed.push(box);
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(7, 11, 20, 0.85)';
    ctx.strokeText(label.name, label.x, label.y);
    ctx.fillText(label.name, label.x, label.y);
  }
}
