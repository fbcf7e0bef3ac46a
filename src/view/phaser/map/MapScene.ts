import * as Phaser from 'phaser';
import type { SimState } from '../../../sim';
import type { AppState, AppStore } from '../../../store/appStore';
import type { MapMode } from '../../../store/mapSlice';
import type { MapAction, MapBridge } from '../../mapBridge';
import { attachGestures } from './input/mapGestures';
import { keyIntent } from './input/mapKeys';
import { type Level, levelFor, MapPainter } from './MapPainter';
import type { MapAria } from './mapAria';
import { type MapModel, mapModel } from './mapModel';
import { drawOverlay } from './mapOverlay';
import { mapPalette } from './mapPalette';
import { SpreadPulses } from './mapPulses';
import { syndicateAnnouncement } from './syndicateAnnouncement';
import { stepThrough, westToEast } from './view/cursorOrder';
import { syndicateAt, syndicateNearestCentre } from './view/hitTest';
import { MapCamera } from './view/MapCamera';
import {
  centreIn,
  type Frame,
  insideFrame,
  panBy,
  sameViewport,
  type Viewport,
  zoomAt,
} from './view/viewport';

export interface MapSceneOptions {
  readonly store: AppStore;
  readonly bridge: MapBridge;
  /** The element around the canvas: it takes keyboard focus and carries the map's label. */
  readonly aria: MapAria;
  readonly reducedMotion: () => boolean;
}

const TEXTURE = 'map-baked';
/** Zoom factor of one button press or +/− key. */
const ZOOM_STEP = 1.6;
/** After the last wheel tick or drag, wait this long (ms) before redrawing people at full quality. */
const SETTLE_MS = 140;

/**
 * The map of a game in progress. The picture is baked by MapPainter into one canvas texture, shown
 * as one image; while a pan or zoom is under way that image is moved and scaled, and the picture is
 * redrawn once the movement settles (at once when only markers are shown: they are cheap). Each
 * simulated day repaints only what changed. Reads the store, dispatches selectSyndicate/setMapMode.
 */
export class MapScene extends Phaser.Scene {
  private model!: MapModel;
  private sim!: SimState;
  private painter!: MapPainter;
  private image!: Phaser.GameObjects.Image;
  private overlay!: Phaser.GameObjects.Graphics;
  private camera!: MapCamera;
  /** The view the baked picture was drawn for. */
  private drawnView: Viewport | null = null;
  private simChanged = true;
  private settleAt = 0;
  private pointerDown = false;
  /** Frames to draw whatever happens (after start and resize, when the canvas was cleared). */
  private forcedFrames = 2;
  /** The scene itself is switching the store from members to world (keep the camera where it is). */
  private leavingMembers = false;
  private lastFrame!: Frame;
  private overlayChanged = true;
  private pulses!: SpreadPulses;
  private cursor: number | null = null;
  private cursorOrder: number[] = [];
  private cleanups: (() => void)[] = [];

  constructor(private readonly options: MapSceneOptions) {
    super({ key: 'Map' });
  }

  create(): void {
    const state = this.options.store.getState();
    if (state.game === null) throw new Error('MapScene: started without a game');
    this.sim = state.game.sim;
    this.model = mapModel(this.sim.net);
    this.painter = new MapPainter(this.model);
    this.camera = new MapCamera(this.model);
    this.pulses = new SpreadPulses(this.sim);
    this.cursorOrder = westToEast(this.model.layout.geo);

    if (this.textures.exists(TEXTURE)) this.textures.remove(TEXTURE);
    const { width, height } = this.screenSize();
    const texture = this.textures.addCanvas(TEXTURE, this.painter.output);
    texture?.setSize(width, height);
    this.image = this.add.image(0, 0, TEXTURE).setOrigin(0, 0);
    // The camera paints the background itself: frames are not cleared (see update()).
    this.cameras.main.setBackgroundColor(mapPalette.background);
    this.overlay = this.add.graphics();
    this.input.addPointer(1);
    this.lastFrame = this.frame();
    this.replan(state.mapMode, state.selectedSyndicate);

    this.cleanups.push(
      this.options.store.subscribe((next, prev) => this.follow(next, prev)),
      attachGestures(this.input, {
        pan: (dx, dy) => this.moveTo(panBy(this.view, dx, dy, this.camera.limits), true),
        zoom: (factor, x, y) => this.moveTo(zoomAt(this.view, factor, x, y, this.camera.limits), true),
        tap: (x, y) => this.pick(x, y),
        touched: () => {
          this.pointerDown = true;
          this.options.aria.focus();
        },
        released: () => {
          this.pointerDown = false;
        },
      }),
      this.options.aria.onKey((event) => this.onKey(event)),
      this.options.aria.onFocusChange(() => {
        this.overlayChanged = true;
      }),
      this.options.bridge.attach((action) => this.run(action)),
      this.options.bridge.onArea(() => {
        const before = this.lastFrame;
        this.lastFrame = this.frame();
        this.onArea(before);
      }),
    );
    this.options.aria.setInteractive(state.screen === 'play');
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.options.aria.ready());
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.shutdown());
    this.publish();
  }

  override update(time: number): void {
    const moved = this.drawnView === null || !sameViewport(this.drawnView, this.view);
    // Markers are cheap to redraw on every frame of a gesture; people wait until it settles, and
    // meanwhile the last picture is moved and scaled. A day's change waits for the same moment.
    const canDraw = !moved || this.level() === 'markers' || (!this.pointerDown && time >= this.settleAt);
    let changed = false;
    if ((moved || this.simChanged) && canDraw) changed = this.paint() || moved;
    changed = this.placeImage() || changed;
    if (this.overlayChanged || this.pulses.running(time).length > 0 || moved) {
      this.drawOverlay(time);
      changed = true;
    }
    // Nothing new to show: skip drawing this frame, so the canvas (and the browser's compositor)
    // keeps the last picture instead of redrawing an identical one.
    if (this.forcedFrames > 0) this.forcedFrames--;
    this.cameras.main.setVisible(changed || this.forcedFrames > 0);
  }

  /** Repaint the baked picture if the view or the simulation changed; true if it looks different. */
  private paint(): boolean {
    const state = this.options.store.getState();
    const result = this.painter.paint({
      view: this.view,
      whole: this.whole,
      sim: this.sim,
      focus: this.focus(),
    });
    this.drawnView = this.view;
    this.simChanged = false;
    if (result !== 'none') {
      (this.textures.get(TEXTURE) as Phaser.Textures.CanvasTexture).refresh();
      this.overlayChanged = true;
    }
    this.options.aria.painted(this.painter.currentLevel, state.game?.revision ?? 0, this.view);
    return result !== 'none';
  }

  /** Show the baked picture where the current view wants it (moved and scaled until redrawn). */
  private placeImage(): boolean {
    const drawn = this.drawnView;
    if (drawn === null) return false;
    const k = this.view.scale / drawn.scale;
    const x = (drawn.cx - this.view.cx) * this.view.scale + (this.view.width / 2) * (1 - k);
    const y = (drawn.cy - this.view.cy) * this.view.scale + (this.view.height / 2) * (1 - k);
    if (this.image.scaleX === k && this.image.x === x && this.image.y === y) return false;
    this.image.setScale(k).setPosition(x, y);
    return true;
  }

  private drawOverlay(time: number): void {
    const state = this.options.store.getState();
    drawOverlay(this.overlay, {
      view: this.view,
      arrangement: this.whole ? this.model.layout.whole : this.model.layout.geo,
      firstMember: this.sim.net.firstMember,
      markers: this.level() === 'markers',
      selected: state.selectedSyndicate,
      cursor: this.cursor === state.selectedSyndicate ? null : this.cursor,
      pulses: this.pulses.running(time),
      now: time,
      focusFrame: this.options.aria.showsFocus() ? this.frame() : null,
    });
    this.overlayChanged = false;
  }

  private level(): Level {
    return levelFor(this.model, this.view, this.whole, this.focus() !== null);
  }

  /** In the members view, the syndicate whose members are shown. */
  private focus(): number | null {
    const state = this.options.store.getState();
    return state.mapMode === 'members' ? state.selectedSyndicate : null;
  }

  private screenSize(): { width: number; height: number } {
    return {
      width: Math.max(1, Math.round(this.scale.gameSize.width)),
      height: Math.max(1, Math.round(this.scale.gameSize.height)),
    };
  }

  /** The part of the screen the map is seen through (the play screen's open middle). */
  private frame(): Frame {
    const { width, height } = this.screenSize();
    const area = this.options.bridge.area;
    if (area === null || area.width < 80 || area.height < 80) return { left: 0, top: 0, width, height };
    return area;
  }

  private get view(): Viewport {
    return this.camera.view;
  }

  private get whole(): boolean {
    return this.camera.whole;
  }

  /** Where the camera goes for this mode and selection (fitted to the open middle of the screen). */
  private replan(mode: MapMode, selected: number | null): void {
    const { width, height } = this.screenSize();
    this.camera.apply(this.camera.plan(mode, selected, width, height, this.frame()));
    this.viewChanged(false);
  }

  private replanForStore(): void {
    const state = this.options.store.getState();
    this.replan(state.mapMode, state.selectedSyndicate);
  }

  /**
   * The open middle moved (a panel opened or closed): an untouched view is fitted again; one the
   * player moved keeps the world point that was at the middle's centre there.
   */
  private onArea(before: Frame): void {
    if (this.camera.home) {
      this.replanForStore();
    } else {
      this.camera.keepCentre(before, this.frame());
      this.viewChanged(false);
    }
  }

  /** Change the view; `gesture` views wait for the movement to settle before a full redraw. */
  private moveTo(view: Viewport, gesture: boolean): void {
    this.camera.move(view);
    this.viewChanged(gesture);
  }

  private viewChanged(gesture: boolean): void {
    this.settleAt = gesture ? this.time.now + SETTLE_MS : 0;
    this.overlayChanged = true;
    // Zooming well out of one syndicate's members returns the store to the world view.
    const state = this.options.store.getState();
    if (this.camera.zoomedOutOfMembers(state.mapMode)) {
      this.leavingMembers = true;
      state.setMapMode('world');
      this.leavingMembers = false;
    }
    this.publish();
  }

  private onResize(gameSize: Phaser.Structs.Size): void {
    const width = Math.max(1, Math.round(gameSize.width));
    const height = Math.max(1, Math.round(gameSize.height));
    this.cameras.main.setSize(width, height);
    (this.textures.get(TEXTURE) as Phaser.Textures.CanvasTexture).setSize(width, height);
    this.image.setSizeToFrame();
    this.drawnView = null;
    this.forcedFrames = 2;
    this.lastFrame = this.frame();
    if (this.camera.home) {
      this.replanForStore();
    } else {
      this.camera.resize(width, height, this.lastFrame);
      this.viewChanged(false);
    }
  }

  private follow(next: AppState, prev: AppState): void {
    if (next.screen !== prev.screen) this.options.aria.setInteractive(next.screen === 'play');
    if (next.game !== null && next.game.sim === this.sim && next.game !== prev.game) {
      this.simChanged = true;
      this.pulses.note(this.time.now, this.options.reducedMotion());
    }
    const modeChanged = next.mapMode !== prev.mapMode;
    const selectionChanged = next.selectedSyndicate !== prev.selectedSyndicate;
    if (modeChanged || (selectionChanged && next.mapMode === 'members')) {
      if (!this.leavingMembers) this.replan(next.mapMode, next.selectedSyndicate);
      this.simChanged = true;
    }
    if (selectionChanged) {
      this.overlayChanged = true;
      if (next.selectedSyndicate !== null) this.cursor = next.selectedSyndicate;
      this.publish();
    }
  }

  private pick(x: number, y: number): void {
    const arrangement = this.whole ? this.model.layout.whole : this.model.layout.geo;
    const s = syndicateAt(arrangement, this.sim.net.firstMember, this.view, this.level() === 'markers', x, y);
    if (s !== null) this.options.store.getState().selectSyndicate(s);
  }

  private onKey(event: KeyboardEvent): boolean {
    const intent = keyIntent(event, this.view.width, this.view.height);
    if (intent === null) return false;
    if (intent.kind === 'pan') this.moveTo(panBy(this.view, intent.dx, intent.dy, this.camera.limits), false);
    else if (intent.kind === 'clear') this.clearSelection();
    else this.run(intent.action);
    return true;
  }

  /** Escape: no syndicate selected or marked. */
  private clearSelection(): void {
    this.cursor = null;
    this.overlayChanged = true;
    this.options.store.getState().selectSyndicate(null);
    this.publish();
  }

  private run(action: MapAction): void {
    if (action === 'zoom-in' || action === 'zoom-out') {
      const factor = action === 'zoom-in' ? ZOOM_STEP : 1 / ZOOM_STEP;
      const frame = this.frame();
      const x = frame.left + frame.width / 2;
      const y = frame.top + frame.height / 2;
      this.moveTo(zoomAt(this.view, factor, x, y, this.camera.limits), false);
    } else if (action === 'reset') {
      this.replanForStore();
    } else if (action === 'next' || action === 'previous') {
      this.stepCursor(action === 'next' ? 1 : -1);
    } else {
      const arrangement = this.whole ? this.model.layout.whole : this.model.layout.geo;
      const s = this.cursor ?? syndicateNearestCentre(arrangement, this.view);
      if (s !== null) this.options.store.getState().selectSyndicate(s);
    }
  }

  /** Move the keyboard cursor to the next syndicate west to east, bringing it into view. */
  private stepCursor(direction: 1 | -1): void {
    this.cursor = stepThrough(this.cursorOrder, this.cursor, direction);
    if (this.cursor !== null) {
      const arrangement = this.whole ? this.model.layout.whole : this.model.layout.geo;
      const x = arrangement.syndicateX[this.cursor];
      const y = arrangement.syndicateY[this.cursor];
      const frame = this.frame();
      if (!insideFrame(this.view, x, y, frame)) this.moveTo(centreIn(this.view, x, y, frame), false);
    }
    this.overlayChanged = true;
    this.publish();
  }

  private publish(): void {
    if (this.camera === undefined) return;
    this.options.bridge.publish({
      active: true,
      level: this.level(),
      canZoomIn: this.view.scale < this.camera.limits.maxScale * 0.999,
      canZoomOut: this.view.scale > this.camera.limits.minScale * 1.001,
      announcement: this.cursor === null ? '' : syndicateAnnouncement(this.sim, this.cursor),
    });
  }

  private shutdown(): void {
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.options.aria.leave();
    if (this.textures.exists(TEXTURE)) this.textures.remove(TEXTURE);
  }
}
