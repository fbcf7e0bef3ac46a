/**
 * The world map layer: ocean, graticule, countries (those with syndicates a little lighter, those
 * the handset has reached lighter still) and borders. The shapes are turned into Path2D objects
 * once, in map units; each redraw only sets a transform and fills them.
 */
import { type GeoContext, geoGraticule10, geoPath } from 'd3-geo';
import type { WorldAtlas } from '../geo/worldAtlas';
import { mapPalette } from '../mapPalette';
import type { Viewport } from '../view/viewport';

export interface CountryShapes {
  readonly numeric: readonly string[];
  readonly paths: readonly Path2D[];
  readonly sphere: Path2D;
  readonly graticule: Path2D;
}

/** 0: no syndicates there; 1: syndicates; 2: reached by the handset. */
export type CountryStatus = 0 | 1 | 2;

export function buildCountryShapes(atlas: WorldAtlas): CountryShapes {
  const trace = (object: Parameters<ReturnType<typeof geoPath>>[0]): Path2D => {
    const path = new Path2D();
    geoPath(atlas.projection, pathContext(path))(object);
    return path;
  };
  return {
    numeric: atlas.countries.map((c) => c.numeric),
    paths: atlas.countries.map((country) => trace(country.feature)),
    sphere: trace({ type: 'Sphere' }),
    graticule: trace(geoGraticule10()),
  };
}

/** d3-geo draws into anything with canvas path methods; Path2D has all but beginPath. */
function pathContext(path: Path2D): GeoContext {
  return {
    beginPath: () => undefined,
    moveTo: (x, y) => path.moveTo(x, y),
    lineTo: (x, y) => path.lineTo(x, y),
    arc: (x, y, r, a0, a1) => path.arc(x, y, r, a0, a1),
    closePath: () => path.closePath(),
  };
}

export function drawCountries(
  ctx: CanvasRenderingContext2D,
  view: Viewport,
  shapes: CountryShapes,
  status: ReadonlyMap<string, CountryStatus>,
): void {
  ctx.save();
  ctx.setTransform(
    view.scale,
    0,
    0,
    view.scale,
    view.width / 2 - view.cx * view.scale,
    view.height / 2 - view.cy * view.scale,
  );
  const hairline = 1 / view.scale;
  ctx.fillStyle = mapPalette.ocean;
  ctx.fill(shapes.sphere);
  ctx.strokeStyle = mapPalette.graticule;
  ctx.lineWidth = hairline;
  ctx.stroke(shapes.graticule);

  const fills = [mapPalette.land, mapPalette.landWithSyndicates, mapPalette.landReached] as const;
  shapes.paths.forEach((path, i) => {
    ctx.fillStyle = fills[status.get(shapes.numeric[i]) ?? 0];
    ctx.fill(path);
  });
  ctx.strokeStyle = mapPalette.border;
  ctx.lineWidth = 0.8 * hairline;
  for (const path of shapes.paths) ctx.stroke(path);
  ctx.restore();
}
