/**
 * Ties between people, zoomed in or in the whole-network view: faint lines, and sky-blue lines
 * where both ends hold a handset (the paths the spread took). Each kind is one path, stroked once.
 */
import type { Network } from '../../../../sim';
import { mapPalette } from '../mapPalette';
import { HOLDER } from '../mapState';
import type { Viewport } from '../view/viewport';
import type { PeopleGeometry } from './drawPeople';

export interface TieSelection {
  /** Syndicates whose people are drawn (1) or not (0). */
  readonly shown: Uint8Array;
  /** Syndicates drawn faintly (members view: everyone but the selected one); null for none. */
  readonly dimmed: number | null;
}

export function tieWidth(personRadius: number): number {
  return Math.min(1.6, Math.max(0.5, personRadius * 0.28));
}

/**
 * How strongly ties show: when people are tiny (the whole network at once) tens of thousands of
 * lines overlap, so each is fainter; zoomed in, each tie is clear.
 */
export function tieAlpha(personRadius: number): number {
  return Math.min(1, Math.max(0.35, personRadius / 4));
}

/** Every tie with at least one end among the shown syndicates, each drawn once. */
export function drawPersonTies(
  ctx: CanvasRenderingContext2D,
  view: Viewport,
  net: Network,
  geometry: PeopleGeometry,
  selection: TieSelection,
  codes: Uint8Array,
  personRadius: number,
): void {
  const k = view.scale;
  const ox = view.width / 2 - view.cx * k;
  const oy = view.height / 2 - view.cy * k;
  const { personX, personY } = geometry;
  const { shown, dimmed } = selection;
  const plain = new Path2D();
  const faint = new Path2D();
  const handset = new Path2D();
  for (let s = 0; s < net.syndicateCount; s++) {
    if (!shown[s]) continue;
    for (let u = net.firstMember[s]; u < net.firstMember[s + 1]; u++) {
      for (let e = net.offsets[u]; e < net.offsets[u + 1]; e++) {
        const v = net.neighbors[e];
        const sv = net.syndicateOf[v];
        if (shown[sv] && v < u) continue;
        const both = codes[u] & codes[v] & HOLDER;
        const path =
          both !== 0 ? handset : dimmed !== null && (s !== dimmed || sv !== dimmed) ? faint : plain;
        path.moveTo(personX[u] * k + ox, personY[u] * k + oy);
        path.lineTo(personX[v] * k + ox, personY[v] * k + oy);
      }
    }
  }
  ctx.lineWidth = tieWidth(personRadius);
  ctx.globalAlpha = tieAlpha(personRadius);
  ctx.strokeStyle = mapPalette.tieDim;
  ctx.stroke(faint);
  ctx.strokeStyle = mapPalette.tie;
  ctx.stroke(plain);
  ctx.strokeStyle = mapPalette.handsetTie;
  ctx.stroke(handset);
  ctx.globalAlpha = 1;
}

/** Newly handset ties of people who just adopted, drawn over the existing tie layer. */
export function drawNewHandsetTies(
  ctx: CanvasRenderingContext2D,
  view: Viewport,
  net: Network,
  geometry: PeopleGeometry,
  shown: Uint8Array,
  adopters: readonly number[],
  codes: Uint8Array,
  personRadius: number,
): void {
  const k = view.scale;
  const ox = view.width / 2 - view.cx * k;
  const oy = view.height / 2 - view.cy * k;
  const { personX, personY } = geometry;
  const path = new Path2D();
  for (const u of adopters) {
    for (let e = net.offsets[u]; e < net.offsets[u + 1]; e++) {
      const v = net.neighbors[e];
      if (!(codes[v] & HOLDER)) continue;
      if (!shown[net.syndicateOf[u]] && !shown[net.syndicateOf[v]]) continue;
      path.moveTo(personX[u] * k + ox, personY[u] * k + oy);
      path.lineTo(personX[v] * k + ox, personY[v] * k + oy);
    }
  }
  ctx.lineWidth = tieWidth(personRadius);
  ctx.globalAlpha = tieAlpha(personRadius);
  ctx.strokeStyle = mapPalette.handsetTie;
  ctx.stroke(path);
  ctx.globalAlpha = 1;
}
