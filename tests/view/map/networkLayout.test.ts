import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, createSim } from '../../../src/sim';
import { project, worldAtlas } from '../../../src/view/phaser/map/geo/worldAtlas';
import { buildNetworkLayout } from '../../../src/view/phaser/map/layout/networkLayout';
import { layoutSyndicates } from '../../../src/view/phaser/map/layout/syndicateLayout';
import { syndicateTies } from '../../../src/view/phaser/map/layout/syndicateTies';

const net = createSim(BUILT_IN_SCENARIOS.classroom, 7).net;
const atlas = worldAtlas();

describe('the world atlas', () => {
  it('has every country of the network, by ISO numeric code, but a few islands too small for 1:110m', () => {
    const codes = new Set(atlas.countries.map((c) => c.numeric));
    const missing = net.countries.filter((c) => !codes.has(c.numeric)).map((c) => c.iso2);
    expect(missing.length).toBeLessThanOrEqual(4);
  });

  it('projects the whole world into MAP_WIDTH units', () => {
    expect(project(atlas, -180, 0).x).toBeCloseTo(0, 3);
    expect(project(atlas, 180, 0).x).toBeCloseTo(atlas.width, 3);
  });
});

describe('where people sit inside their syndicate', () => {
  const local = layoutSyndicates(net);

  it('keeps people of one syndicate apart (at least 1.5 slot radii) and inside its circle', () => {
    for (let s = 0; s < net.syndicateCount; s += 7) {
      const from = net.firstMember[s];
      const to = net.firstMember[s + 1];
      for (let p = from; p < to; p++) {
        expect(Math.hypot(local.localX[p], local.localY[p])).toBeLessThanOrEqual(local.radius[s]);
        for (let q = p + 1; q < to; q++) {
          expect(
            Math.hypot(local.localX[p] - local.localX[q], local.localY[p] - local.localY[q]),
          ).toBeGreaterThan(1.5);
        }
      }
    }
  });
});

describe('the network layout', () => {
  const layout = buildNetworkLayout(net, atlas);

  it('is the same every time (no randomness outside seeded streams)', () => {
    const again = buildNetworkLayout(net, atlas);
    expect(Array.from(again.geo.personX)).toEqual(Array.from(layout.geo.personX));
    expect(Array.from(again.whole.syndicateY)).toEqual(Array.from(layout.whole.syndicateY));
  });

  it('puts each syndicate near its country on the world map', () => {
    for (let s = 0; s < net.syndicateCount; s++) {
      const country = net.countries[net.syndicateCountry[s]];
      const anchor = project(atlas, country.lon, country.lat);
      const d = Math.hypot(layout.geo.syndicateX[s] - anchor.x, layout.geo.syndicateY[s] - anchor.y);
      // Within a few percent of the map's width (crowded regions are nudged apart).
      expect(d).toBeLessThan(atlas.width * 0.05);
    }
  });

  it('never overlaps two syndicates in the whole-network view', () => {
    const { whole } = layout;
    for (let a = 0; a < net.syndicateCount; a++) {
      for (let b = a + 1; b < net.syndicateCount; b++) {
        const d = Math.hypot(
          whole.syndicateX[a] - whole.syndicateX[b],
          whole.syndicateY[a] - whole.syndicateY[b],
        );
        expect(d).toBeGreaterThan(whole.syndicateR[a] + whole.syndicateR[b] - 1e-3);
      }
    }
  });
});

describe('aggregated syndicate ties', () => {
  it('count every tie between two syndicates once', () => {
    const ties = syndicateTies(net);
    let cross = 0;
    for (let u = 0; u < net.size; u++) {
      for (let k = net.offsets[u]; k < net.offsets[u + 1]; k++) {
        const v = net.neighbors[k];
        if (v > u && net.syndicateOf[u] !== net.syndicateOf[v]) cross++;
      }
    }
    expect(ties.count.reduce((a, b) => a + b, 0)).toBe(cross);
    for (let i = 0; i < ties.length; i++) expect(ties.a[i]).toBeLessThan(ties.b[i]);
  });
});
