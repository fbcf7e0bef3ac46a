/**
 * What is drawn live over the baked map, in one small Phaser Graphics: the selected syndicate's
 * white outline, the keyboard cursor's dashed ring and focus outline, and short pulses — sky blue when the handset
 * reaches a syndicate, vermillion when the leak rumour spreads into one. Only a handful of shapes.
 */
import type * as Phaser from 'phaser';
import { markerRadius } from './draw/drawMarkers';
import type { Arrangement } from './layout/networkLayout';
import { mapColours } from './mapPalette';
import { toScreenX, toScreenY, type Viewport } from './view/viewport';

export interface Pulse {
  readonly syndicate: number;
  readonly kind: 'reach' | 'rumour';
  /** Scene time (ms) when it started. */
  readonly start: number;
}

export const PULSE_MS = 1400;

export interface OverlayState {
  readonly view: Viewport;
  readonly arrangement: Arrangement;
  /** The network's firstMember array (members of s = firstMember[s + 1] − firstMember[s]). */
  readonly firstMember: Int32Array;
  readonly markers: boolean;
  readonly selected: number | null;
  readonly cursor: number | null;
  readonly pulses: readonly Pulse[];
  readonly now: number;
  /** Where the map is seen (the play screen's open middle), outlined while it has keyboard focus. */
  readonly focusFrame: { left: number; top: number; width: number; height: number } | null;
}

function ringRadius(state: OverlayState, s: number): number {
  return state.markers
    ? markerRadius(state.arrangement, state.view, s, state.firstMember[s + 1] - state.firstMember[s]) + 8
    : state.arrangement.syndicateR[s] * state.view.scale + 5;
}

export function drawOverlay(g: Phaser.GameObjects.Graphics, state: OverlayState): void {
  g.clear();
  const { view, arrangement } = state;
  for (const pulse of state.pulses) {
    const t = (state.now - pulse.start) / PULSE_MS;
    if (t < 0 || t >= 1) continue;
    const s = pulse.syndicate;
    const r = ringRadius(state, s) - 6 + 26 * t;
    g.lineStyle(2.5, pulse.kind === 'reach' ? mapColours.pulse : mapColours.rumourPulse, 0.9 * (1 - t));
    g.strokeCircle(toScreenX(view, arrangement.syndicateX[s]), toScreenY(view, arrangement.syndicateY[s]), r);
  }
  if (state.cursor !== null) {
    const s = state.cursor;
    dashedCircle(
      g,
      toScreenX(view, arrangement.syndicateX[s]),
      toScreenY(view, arrangement.syndicateY[s]),
      ringRadius(state, s) + 4,
    );
  }
  if (state.focusFrame !== null) {
    const f = state.focusFrame;
    g.lineStyle(3, mapColours.cursor, 1);
    g.strokeRect(f.left + 2, f.top + 2, f.width - 4, f.height - 4);
  }
  if (state.selected !== null) {
    const s = state.selected;
    const x = toScreenX(view, arrangement.syndicateX[s]);
    const y = toScreenY(view, arrangement.syndicateY[s]);
    const r = ringRadius(state, s);
    // A dark halo under the white outline keeps it visible over light and dark map areas alike.
    g.lineStyle(5, 0x000000, 0.55);
    g.strokeCircle(x, y, r);
    g.lineStyle(2.5, mapColours.selection, 1);
    g.strokeCircle(x, y, r);
  }
}

function dashedCircle(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number): void {
  const dashes = Math.max(12, Math.min(48, Math.round(r / 3)));
  g.lineStyle(2.5, mapColours.cursor, 1);
  for (let i = 0; i < dashes; i++) {
    const a0 = (i / dashes) * Math.PI * 2;
    const a1 = a0 + (Math.PI / dashes) * 1.1;
    g.beginPath();
    g.arc(x, y, r, a0, a1);
    g.strokePath();
  }
}
