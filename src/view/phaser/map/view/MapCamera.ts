/**
 * The map camera's state, apart from Phaser: the current view and its zoom limits, whether it shows
 * the whole-network cartogram, and whether it is still where the last plan put it ("home": such a
 * view is fitted again when the screen or the open middle changes; a view the player moved is kept).
 */
import type { MapMode } from '../../../../store/mapSlice';
import { type CameraModel, type CameraPlan, planCamera, zoomLimits } from './cameraPlan';
import { centreIn, type Frame, resized, toWorld, type Viewport, type ZoomLimits } from './viewport';

/** Zooming out of the members view below this share of its fitted scale returns to the world map. */
const MEMBERS_FLOOR = 0.45;

export class MapCamera {
  view: Viewport = { cx: 0, cy: 0, scale: 1, width: 1, height: 1 };
  limits: ZoomLimits = { minScale: 1, maxScale: 1, bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 } };
  whole = false;
  home = true;
  /** Below this scale the members view gives way to the world view. */
  membersFloor = 0;

  constructor(private readonly model: CameraModel) {}

  plan(mode: MapMode, selected: number | null, width: number, height: number, frame: Frame): CameraPlan {
    return planCamera(this.model, mode, selected, width, height, frame);
  }

  apply(plan: CameraPlan): void {
    this.whole = plan.whole;
    this.limits = plan.limits;
    this.membersFloor = plan.view.scale * MEMBERS_FLOOR;
    this.view = plan.view;
    this.home = true;
  }

  move(view: Viewport): void {
    this.view = view;
    this.home = false;
  }

  /** The open middle moved from `before` to `after`: keep the world point at its centre there. */
  keepCentre(before: Frame, after: Frame): void {
    const anchor = toWorld(this.view, before.left + before.width / 2, before.top + before.height / 2);
    this.limits = zoomLimits(this.model, this.whole, this.view.width, this.view.height, after);
    this.move(centreIn(this.view, anchor.x, anchor.y, after));
  }

  /** The screen changed size: same centre and scale, new limits. */
  resize(width: number, height: number, frame: Frame): void {
    this.limits = zoomLimits(this.model, this.whole, width, height, frame);
    this.move(resized(this.view, width, height));
  }

  zoomedOutOfMembers(mode: MapMode): boolean {
    return mode === 'members' && this.view.scale < this.membersFloor;
  }
}
