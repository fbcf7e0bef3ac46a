/**
 * Where the map's camera goes for each map mode, and how far it may zoom: the world map fitted to
 * the screen; one syndicate's members filling it; the whole network fitted. Pure.
 */
import type { MapMode } from '../../../../store/mapSlice';
import { project } from '../geo/worldAtlas';
import type { MapModel } from '../mapModel';

/** What the camera needs of the map model (no drawing objects, so tests run it in Node). */
export type CameraModel = Pick<MapModel, 'atlas' | 'layout'>;

import { type Frame, fitBounds, type Viewport, type ZoomLimits } from './viewport';

/** The deepest zoom: a person about this many pixels across. */
const MAX_PERSON_PX = 56;

export interface CameraPlan {
  /** The whole-network cartogram rather than the world map. */
  readonly whole: boolean;
  readonly view: Viewport;
  readonly limits: ZoomLimits;
}

/** The part of the map worth showing: without most of Antarctica and the empty Arctic. */
function worldBox(model: CameraModel) {
  const top = project(model.atlas, 0, 84).y;
  const bottom = project(model.atlas, 0, -57).y;
  return { minX: 0, minY: top, maxX: model.atlas.width, maxY: bottom };
}

export function zoomLimits(
  model: CameraModel,
  whole: boolean,
  width: number,
  height: number,
  frame?: Frame,
): ZoomLimits {
  const arrangement = whole ? model.layout.whole : model.layout.geo;
  const box = whole ? arrangement.bounds : worldBox(model);
  const fit = fitBounds(box, width, height, 0.06, frame);
  const middle =
    frame === undefined
      ? undefined
      : { x: frame.left + frame.width / 2 - width / 2, y: frame.top + frame.height / 2 - height / 2 };
  return {
    minScale: fit.scale * 0.8,
    maxScale: Math.max(fit.scale, MAX_PERSON_PX / arrangement.unit),
    bounds: box,
    middle,
  };
}

/** Where the camera goes when the mode (or, in the members view, the selection) changes. */
export function planCamera(
  model: CameraModel,
  mode: MapMode,
  selected: number | null,
  width: number,
  height: number,
  frame?: Frame,
): CameraPlan {
  const whole = mode === 'all';
  const limits = zoomLimits(model, whole, width, height, frame);
  if (whole) return { whole, limits, view: fitBounds(limits.bounds, width, height, 0.03, frame) };
  if (mode === 'members' && selected !== null) {
    const geo = model.layout.geo;
    const r = geo.syndicateR[selected];
    const x = geo.syndicateX[selected];
    const y = geo.syndicateY[selected];
    const fit = fitBounds({ minX: x - r, minY: y - r, maxX: x + r, maxY: y + r }, width, height, 0.03, frame);
    return { whole, limits, view: { ...fit, scale: Math.min(fit.scale, limits.maxScale) } };
  }
  return { whole, limits, view: fitBounds(limits.bounds, width, height, 0.02, frame) };
}
