/**
 * Bakes the map into one canvas (which Phaser shows as a single image), from three layers: an
 * opaque base (the background and countries, with the ties between syndicates when zoomed out, or
 * the cartogram's clusters), people's ties, and people or markers. Every full-screen copy counts on
 * a slow machine (software canvas): zoomed out, a day's repaint copies the base and the markers.
 *
 * - A new view (pan, zoom, resize, mode, selection) redraws everything once.
 * - A new day redraws only what changed: the markers when zoomed out (a few hundred shapes; the
 *   ties between syndicates, thousands of curves, only when a syndicate is reached), or only the
 *   people whose look changed — and their new handset ties — when zoomed in.
 * Nothing is drawn per frame: between changes the baked canvas is simply shown again.
 */
import type { SimState } from '../../../sim';
import { drawClusters } from './draw/drawClusters';
import { type CountryStatus, drawCountries } from './draw/drawCountries';
import { drawMarkers, drawSyndicateTies, type MarkerData } from './draw/drawMarkers';
import { drawPeople, type PeopleGeometry, personRadiusPx } from './draw/drawPeople';
import { drawNewHandsetTies, drawPersonTies } from './draw/drawPersonTies';
import type { Arrangement } from './layout/networkLayout';
import type { MapModel } from './mapModel';
import { mapPalette } from './mapPalette';
import { countBySyndicate, emptyCounts, HOLDER, personCodes, type SyndicateCounts } from './mapState';
import { markShownSyndicates } from './view/shownSyndicates';
import type { Viewport } from './view/viewport';

export type Level = 'markers' | 'people' | 'whole';

/** From this person radius (px) on, the world map shows people instead of syndicate markers. */
export const PEOPLE_FROM_PX = 1;

export interface PaintFrame {
  readonly view: Viewport;
  /** The whole-network cartogram instead of the world map. */
  readonly whole: boolean;
  readonly sim: SimState;
  /** Members view: this syndicate stands out and the others are drawn faintly; people always shown. */
  readonly focus: number | null;
}

export type PaintResult = 'full' | 'update' | 'none';

export function levelFor(model: MapModel, view: Viewport, whole: boolean, members: boolean): Level {
  if (whole) return 'whole';
  if (members) return 'people';
  return personRadiusPx(view, model.layout.geo.unit) >= PEOPLE_FROM_PX ? 'people' : 'markers';
}

export class MapPainter {
  readonly output: HTMLCanvasElement = document.createElement('canvas');
  private readonly base = document.createElement('canvas');
  private readonly ties = document.createElement('canvas');
  private readonly nodes = document.createElement('canvas');
  private readonly codes: Uint8Array;
  private readonly drawnCodes: Uint8Array;
  private readonly counts: SyndicateCounts;
  private readonly shown: Uint8Array;
  private drawnKey = '';
  private drawnCountries = '';
  /** Which syndicates were reached when the syndicate ties were drawn (zoomed out). */
  private drawnReached = '';
  private level: Level = 'markers';

  constructor(private readonly model: MapModel) {
    this.codes = new Uint8Array(model.net.size);
    this.drawnCodes = new Uint8Array(model.net.size);
    this.counts = emptyCounts(model.net.syndicateCount);
    this.shown = new Uint8Array(model.net.syndicateCount);
  }

  get currentLevel(): Level {
    return this.level;
  }

  paint(frame: PaintFrame): PaintResult {
    const { view, sim } = frame;
    personCodes(sim, this.codes);
    countBySyndicate(this.codes, this.model.net.syndicateOf, this.counts);
    const level = levelFor(this.model, view, frame.whole, frame.focus !== null);
    const key = [level, view.cx, view.cy, view.scale, view.width, view.height, frame.focus].join('|');
    if (key !== this.drawnKey) {
      this.level = level;
      this.drawAll(frame);
      this.drawnKey = key;
      return 'full';
    }
    return this.update(frame) ? 'update' : 'none';
  }

  private arrangement(whole: boolean): Arrangement {
    return whole ? this.model.layout.whole : this.model.layout.geo;
  }

  private geometry(arr: Arrangement): PeopleGeometry {
    return { role: this.model.net.role, personX: arr.personX, personY: arr.personY, unit: arr.unit };
  }

  private drawAll(frame: PaintFrame): void {
    const { view } = frame;
    for (const canvas of [this.output, this.base, this.ties, this.nodes]) {
      if (canvas.width !== view.width || canvas.height !== view.height) {
        canvas.width = view.width;
        canvas.height = view.height;
      } else {
        canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
      }
    }
    this.drawBase(frame);
    if (this.level === 'markers') this.drawMarkerLayer(frame);
    else this.drawPeopleLayers(frame);
    this.drawnCodes.set(this.codes);
    this.composite();
  }

  /** Bring the layers up to date with the simulation; false if nothing visible changed. */
  private update(frame: PaintFrame): boolean {
    const countriesChanged = this.level !== 'whole' && this.countryKey(frame.sim) !== this.drawnCountries;
    const changed: number[] = [];
    for (let p = 0; p < this.codes.length; p++) if (this.codes[p] !== this.drawnCodes[p]) changed.push(p);
    if (changed.length === 0 && !countriesChanged) return false;

    const tiesChanged = this.level === 'markers' && reachedKey(frame.sim) !== this.drawnReached;
    if (countriesChanged || tiesChanged) this.drawBase(frame);
    if (this.level === 'markers') {
      context(this.nodes).clearRect(0, 0, this.nodes.width, this.nodes.height);
      this.drawMarkerLayer(frame);
    } else {
      this.patchPeople(frame, changed);
    }
    this.drawnCodes.set(this.codes);
    this.composite();
    return true;
  }

  private countryKey(sim: SimState): string {
    return Array.from(sim.countryReachedDay, (d) => (d >= 0 ? 1 : 0)).join('');
  }

  private drawBase(frame: PaintFrame): void {
    const ctx = context(this.base);
    ctx.fillStyle = mapPalette.background;
    ctx.fillRect(0, 0, this.base.width, this.base.height);
    if (this.level === 'whole') {
      drawClusters(ctx, frame.view, this.model.net, this.model.layout.whole);
      return;
    }
    const status = new Map<string, CountryStatus>();
    const { net } = this.model;
    for (let s = 0; s < net.syndicateCount; s++) {
      const numeric = this.model.countryNumeric[net.syndicateCountry[s]];
      if (!status.has(numeric)) status.set(numeric, 1);
    }
    frame.sim.countryReachedDay.forEach((day, c) => {
      if (day >= 0) status.set(this.model.countryNumeric[c], 2);
    });
    drawCountries(ctx, frame.view, this.model.shapes, status);
    this.drawnCountries = this.countryKey(frame.sim);
    if (this.level === 'markers') {
      drawSyndicateTies(ctx, frame.view, this.markerData(frame), this.model.ties);
      this.drawnReached = reachedKey(frame.sim);
    }
  }

  private markerData(frame: PaintFrame): MarkerData {
    return {
      net: this.model.net,
      arrangement: this.model.layout.geo,
      counts: this.counts,
      activeBySyndicate: frame.sim.activeBySyndicate,
      reachedDay: frame.sim.syndicateReachedDay,
    };
  }

  private drawMarkerLayer(frame: PaintFrame): void {
    drawMarkers(context(this.nodes), frame.view, this.markerData(frame), frame.focus);
  }

  private drawPeopleLayers(frame: PaintFrame): void {
    const arr = this.arrangement(frame.whole);
    const geometry = this.geometry(arr);
    const { net } = this.model;
    markShownSyndicates(frame.view, arr, this.shown);
    const radius = personRadiusPx(frame.view, arr.unit);
    const focus = frame.whole ? null : frame.focus;
    drawPersonTies(
      context(this.ties),
      frame.view,
      net,
      geometry,
      { shown: this.shown, dimmed: focus },
      this.codes,
      radius,
    );

    const bright: number[] = [];
    const faint: number[] = [];
    for (let s = 0; s < net.syndicateCount; s++) {
      if (!this.shown[s]) continue;
      const list = focus !== null && s !== focus ? faint : bright;
      for (let p = net.firstMember[s]; p < net.firstMember[s + 1]; p++) list.push(p);
    }
    const ctx = context(this.nodes);
    ctx.globalAlpha = 0.35;
    drawPeople(ctx, frame.view, geometry, faint, this.codes);
    ctx.globalAlpha = 1;
    drawPeople(ctx, frame.view, geometry, bright, this.codes);
  }

  private patchPeople(frame: PaintFrame, changed: readonly number[]): void {
    const arr = this.arrangement(frame.whole);
    const geometry = this.geometry(arr);
    const { net } = this.model;
    const focus = frame.whole ? null : frame.focus;
    const bright: number[] = [];
    const faint: number[] = [];
    const adopters: number[] = [];
    for (const p of changed) {
      const s = net.syndicateOf[p];
      if ((this.codes[p] & HOLDER) !== 0 && (this.drawnCodes[p] & HOLDER) === 0) adopters.push(p);
      if (!this.shown[s]) continue;
      (focus !== null && s !== focus ? faint : bright).push(p);
    }
    const radius = personRadiusPx(frame.view, arr.unit);
    if (adopters.length > 0) {
      drawNewHandsetTies(
        context(this.ties),
        frame.view,
        net,
        geometry,
        this.shown,
        adopters,
        this.codes,
        radius,
      );
    }
    const ctx = context(this.nodes);
    if (faint.length > 0) {
      ctx.globalAlpha = 0.35;
      drawPeople(ctx, frame.view, geometry, faint, this.codes, true);
      ctx.globalAlpha = 1;
    }
    if (bright.length > 0) drawPeople(ctx, frame.view, geometry, bright, this.codes, true);
  }

  private composite(): void {
    const ctx = context(this.output);
    ctx.drawImage(this.base, 0, 0);
    if (this.level !== 'markers') ctx.drawImage(this.ties, 0, 0);
    ctx.drawImage(this.nodes, 0, 0);
  }
}

function reachedKey(sim: SimState): string {
  return Array.from(sim.syndicateReachedDay, (d) => (d >= 0 ? 1 : 0)).join('');
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('MapPainter: no 2D canvas context');
  return ctx;
}
