/**
 * Where every syndicate and person is drawn, in two arrangements computed once per network:
 *
 * - `geo`: on the world map (map units). Each country's syndicates are circle-packed around the
 *   country's centroid, turned by a seeded angle so countries do not all look alike, and crowded
 *   countries (Europe) are nudged apart just enough not to overlap.
 * - `whole`: every person at once. The same country packs, much larger, pushed apart into a
 *   Dorling-style cartogram that keeps the world's rough shape.
 *
 * A person's position is their syndicate's centre plus their offset in the syndicate
 * (`local`, slot units) times the arrangement's `unit`.
 */
import type { Network } from '../../../../sim';
import { seededRandom } from '../../../../store/seededRandom';
import { project, type WorldAtlas } from '../geo/worldAtlas';
import { type Circle, packSiblings } from './packSiblings';
import { type AnchoredCircle, relaxCircles } from './relaxCircles';
import { layoutSyndicates, type SyndicateLayout } from './syndicateLayout';

const LAYOUT_SEED = 0x6d61_7073;
/** Space between syndicates of one country, in slot units. */
const SYNDICATE_GAP = 6;
/** On the world map, a slot is this many map units (the largest syndicates get ~6 units). */
const GEO_UNIT = 0.1;

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface Arrangement {
  /** World units per slot unit. */
  readonly unit: number;
  readonly syndicateX: Float32Array;
  readonly syndicateY: Float32Array;
  readonly syndicateR: Float32Array;
  /** Each country's cluster (index = the network's country index); r = 0 for a country without syndicates. */
  readonly countryX: Float32Array;
  readonly countryY: Float32Array;
  readonly countryR: Float32Array;
  /** Every person's position, in world units. */
  readonly personX: Float32Array;
  readonly personY: Float32Array;
  /** Box around every syndicate. */
  readonly bounds: Bounds;
}

export interface NetworkLayout {
  readonly local: SyndicateLayout;
  readonly geo: Arrangement;
  readonly whole: Arrangement;
}

interface CountryPack {
  readonly country: number;
  readonly radius: number;
  /** Syndicates with their offsets from the country's centre, in slot units. */
  readonly members: readonly { syndicate: number; x: number; y: number }[];
}

export function buildNetworkLayout(net: Network, atlas: WorldAtlas): NetworkLayout {
  const local = layoutSyndicates(net);
  const packs = packCountries(net, local);
  const anchors = net.countries.map((c) => project(atlas, c.lon, c.lat));

  const geo = arrange(net, local, packs, GEO_UNIT, (c) => anchors[c], {
    rounds: 120,
    spring: 0.08,
    gap: 0.6,
  });

  // The cartogram: spread the anchors so the packs (at one slot per unit) cover about half the
  // stretched map, then let them push each other apart with only a weak pull back.
  let packArea = 0;
  for (const pack of packs) packArea += Math.PI * pack.radius ** 2;
  const stretch = Math.sqrt(packArea / (atlas.width * atlas.height * 0.32));
  const whole = arrange(
    net,
    local,
    packs,
    1,
    (c) => ({ x: anchors[c].x * stretch, y: anchors[c].y * stretch }),
    { rounds: 300, spring: 0.02, gap: SYNDICATE_GAP },
  );
  return { local, geo, whole };
}

/** Each country's syndicates packed together (largest first), turned by a seeded angle. */
function packCountries(net: Network, local: SyndicateLayout): CountryPack[] {
  const byCountry = new Map<number, number[]>();
  for (let s = 0; s < net.syndicateCount; s++) {
    const c = net.syndicateCountry[s];
    const list = byCountry.get(c);
    if (list) list.push(s);
    else byCountry.set(c, [s]);
  }
  const packs: CountryPack[] = [];
  for (const [country, syndicates] of [...byCountry].sort((a, b) => a[0] - b[0])) {
    syndicates.sort((a, b) => local.radius[b] - local.radius[a] || a - b);
    const circles: (Circle & { syndicate: number })[] = syndicates.map((s) => ({
      x: 0,
      y: 0,
      r: local.radius[s] + SYNDICATE_GAP / 2,
      syndicate: s,
    }));
    const radius = packSiblings(circles);
    const angle = seededRandom(LAYOUT_SEED, country)() * Math.PI * 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    packs.push({
      country,
      radius,
      members: circles.map((c) => ({
        syndicate: c.syndicate,
        x: c.x * cos - c.y * sin,
        y: c.x * sin + c.y * cos,
      })),
    });
  }
  return packs;
}

function arrange(
  net: Network,
  local: SyndicateLayout,
  packs: readonly CountryPack[],
  unit: number,
  anchor: (country: number) => { x: number; y: number },
  relax: { rounds: number; spring: number; gap: number },
): Arrangement {
  const circles: AnchoredCircle[] = packs.map((pack) => {
    const a = anchor(pack.country);
    return { x: a.x, y: a.y, r: pack.radius * unit, anchorX: a.x, anchorY: a.y };
  });
  relaxCircles(circles, relax);

  const countryCount = net.countries.length;
  const countryX = new Float32Array(countryCount);
  const countryY = new Float32Array(countryCount);
  const countryR = new Float32Array(countryCount);
  const syndicateX = new Float32Array(net.syndicateCount);
  const syndicateY = new Float32Array(net.syndicateCount);
  const syndicateR = new Float32Array(net.syndicateCount);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  packs.forEach((pack, i) => {
    const centre = circles[i];
    countryX[pack.country] = centre.x;
    countryY[pack.country] = centre.y;
    countryR[pack.country] = centre.r;
    for (const m of pack.members) {
      const x = centre.x + m.x * unit;
      const y = centre.y + m.y * unit;
      const r = local.radius[m.syndicate] * unit;
      syndicateX[m.syndicate] = x;
      syndicateY[m.syndicate] = y;
      syndicateR[m.syndicate] = r;
      minX = Math.min(minX, x - r);
      minY = Math.min(minY, y - r);
      maxX = Math.max(maxX, x + r);
      maxY = Math.max(maxY, y + r);
    }
  });
  const personX = new Float32Array(net.size);
  const personY = new Float32Array(net.size);
  for (let p = 0; p < net.size; p++) {
    const s = net.syndicateOf[p];
    personX[p] = syndicateX[s] + local.localX[p] * unit;
    personY[p] = syndicateY[s] + local.localY[p] * unit;
  }
  return {
    unit,
    syndicateX,
    syndicateY,
    syndicateR,
    countryX,
    countryY,
    countryR,
    personX,
    personY,
    bounds: { minX, minY, maxX, maxY },
  };
}
