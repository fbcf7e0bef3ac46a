/**
 * People, zoomed in: role by shape, handset by fill (sky blue in use, grey gone dark, hollow none),
 * evidence by a yellow ring, the leak rumour by a dashed vermillion ring, arrests by a white ×.
 * People of one look are gathered into one Path2D and filled with one call: at full scale that is
 * ~30 fill calls for 26k people instead of 26k. When people are only a pixel or two across,
 * shapes and rings cannot be seen, so they are drawn as small squares coloured by handset state.
 */
import { ROLES } from '../../../../sim';
import { mapPalette } from '../mapPalette';
import { ARRESTED, DARK, EVIDENCE, HOLDER, RUMOUR } from '../mapState';
import type { Viewport } from '../view/viewport';
import { traceRole } from './roleShapes';

/** A person's drawn radius, in slot units (a slot is the disc each person owns in the layout). */
export const PERSON_RADIUS = 0.6;
/** Everything drawn for a person stays inside this radius (slot units); a repaint clears it. */
export const PERSON_EXTENT = 0.86;
/** Below this radius in pixels people are plain squares. */
const SHAPES_FROM_PX = 1.6;

export interface PeopleGeometry {
  readonly role: Uint8Array;
  readonly personX: Float32Array;
  readonly personY: Float32Array;
  /** World units per slot. */
  readonly unit: number;
}

const FILLS = [mapPalette.personFill, mapPalette.handset, mapPalette.dark] as const;

function fillClass(code: number): number {
  if (!(code & HOLDER)) return 0;
  return code & (DARK | ARRESTED) ? 2 : 1;
}

export function personRadiusPx(view: Viewport, unit: number): number {
  return PERSON_RADIUS * unit * view.scale;
}

/**
 * Draw `people` (indices) with their current `codes`. With `clearFirst`, each person's disc is
 * erased before drawing, so a layer can be patched in place when a few people change.
 */
export function drawPeople(
  ctx: CanvasRenderingContext2D,
  view: Viewport,
  geometry: PeopleGeometry,
  people: ArrayLike<number>,
  codes: Uint8Array,
  clearFirst = false,
): void {
  const k = view.scale;
  const ox = view.width / 2 - view.cx * k;
  const oy = view.height / 2 - view.cy * k;
  const r = personRadiusPx(view, geometry.unit);
  const { personX, personY, role } = geometry;

  if (clearFirst) {
    const extent = Math.max(r * (PERSON_EXTENT / PERSON_RADIUS), 1.5);
    const clear = new Path2D();
    for (let i = 0; i < people.length; i++) {
      const p = people[i];
      const x = personX[p] * k + ox;
      const y = personY[p] * k + oy;
      clear.moveTo(x + extent, y);
      clear.arc(x, y, extent, 0, Math.PI * 2);
    }
    ctx.save();
    ctx.globalAlpha = 1;
    ctx.globalCompositeOperation = 'destination-out';
    ctx.fill(clear);
    ctx.restore();
  }

  if (r < SHAPES_FROM_PX) {
    drawDots(ctx, people, codes, personX, personY, k, ox, oy, Math.max(0.6, r));
    return;
  }

  // One path per (role, fill); rings and crosses in their own paths.
  const batches: Path2D[] = Array.from({ length: ROLES.length * FILLS.length }, () => new Path2D());
  const evidence = new Path2D();
  const rumour = new Path2D();
  const arrested = new Path2D();
  const evidenceR = r * 1.12;
  const rumourR = r * 1.42;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const x = personX[p] * k + ox;
    const y = personY[p] * k + oy;
    const code = codes[p];
    traceRole(batches[role[p] * FILLS.length + fillClass(code)], role[p], x, y, r);
    if (code & EVIDENCE) {
      evidence.moveTo(x + evidenceR, y);
      evidence.arc(x, y, evidenceR, 0, Math.PI * 2);
    }
    if (code & RUMOUR) {
      rumour.moveTo(x + rumourR, y);
      rumour.arc(x, y, rumourR, 0, Math.PI * 2);
    }
    if (code & ARRESTED) {
      arrested.moveTo(x - r * 0.6, y - r * 0.6);
      arrested.lineTo(x + r * 0.6, y + r * 0.6);
      arrested.moveTo(x + r * 0.6, y - r * 0.6);
      arrested.lineTo(x - r * 0.6, y + r * 0.6);
    }
  }

  ctx.lineWidth = Math.max(0.6, r * 0.22);
  ctx.strokeStyle = mapPalette.personOutline;
  batches.forEach((path, i) => {
    ctx.fillStyle = FILLS[i % FILLS.length];
    ctx.fill(path);
    ctx.stroke(path);
  });
  ctx.lineWidth = Math.max(0.8, r * 0.14);
  ctx.strokeStyle = mapPalette.evidence;
  ctx.stroke(evidence);
  ctx.strokeStyle = mapPalette.rumour;
  ctx.setLineDash([Math.max(1.5, r * 0.55), Math.max(1, r * 0.35)]);
  ctx.stroke(rumour);
  ctx.setLineDash([]);
  ctx.strokeStyle = mapPalette.arrested;
  ctx.lineWidth = Math.max(1, r * 0.3);
  ctx.stroke(arrested);
}

function drawDots(
  ctx: CanvasRenderingContext2D,
  people: ArrayLike<number>,
  codes: Uint8Array,
  personX: Float32Array,
  personY: Float32Array,
  k: number,
  ox: number,
  oy: number,
  r: number,
): void {
  // Handset state decides the colour; rumour shows on people without a handset in use.
  const colours = [mapPalette.personOutline, mapPalette.handset, mapPalette.dark, mapPalette.rumour];
  const batches = colours.map(() => new Path2D());
  const size = r * 2;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const code = codes[p];
    let c = fillClass(code);
    if (c !== 1 && code & RUMOUR) c = 3;
    batches[c].rect(personX[p] * k + ox - r, personY[p] * k + oy - r, size, size);
  }
  batches.forEach((path, i) => {
    ctx.fillStyle = colours[i];
    ctx.fill(path);
  });
}
