/**
 * The world map: Natural Earth's 1:110m countries (world-atlas, public domain), bundled by Vite
 * (no request to another origin), projected once with the Equal Earth projection into "map units":
 * x from 0 to MAP_WIDTH, y downwards. Everything on the world map (countries, syndicate markers,
 * people) is placed in these units; the view scales them to the screen.
 */
import { type GeoProjection, geoEqualEarth } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 1000;

export interface AtlasCountry {
  /** ISO 3166-1 numeric code as three digits ("036"), as in assets/countries.json; "" if none. */
  readonly numeric: string;
  readonly feature: Feature<Geometry>;
}

export interface WorldAtlas {
  readonly width: number;
  readonly height: number;
  readonly projection: GeoProjection;
  readonly countries: readonly AtlasCountry[];
}

let cached: WorldAtlas | null = null;

/** The atlas, parsed and projected on first use (a few milliseconds). */
export function worldAtlas(): WorldAtlas {
  if (cached !== null) return cached;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'Sphere' });
  const [[, top], [, bottom]] = [projection([0, 90]) ?? [0, 0], projection([0, -90]) ?? [0, 0]];
  const countries = collection.features.map((f) => ({
    numeric:
      typeof f.id === 'string'
        ? f.id.padStart(3, '0')
        : typeof f.id === 'number'
          ? String(f.id).padStart(3, '0')
          : '',
    feature: f as Feature<Geometry>,
  }));
  cached = { width: MAP_WIDTH, height: Math.ceil(bottom - top), projection, countries };
  return cached;
}

/** Map units of a longitude/latitude. */
export function project(atlas: WorldAtlas, lon: number, lat: number): { x: number; y: number } {
  const p = atlas.projection([lon, lat]);
  return p === null ? { x: atlas.width / 2, y: atlas.height / 2 } : { x: p[0], y: p[1] };
}
