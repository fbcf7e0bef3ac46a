import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, POLICIES, runPolicy } from '../../../src/sim';
import { worldAtlas } from '../../../src/view/phaser/map/geo/worldAtlas';
import { buildNetworkLayout } from '../../../src/view/phaser/map/layout/networkLayout';
import {
  countBySyndicate,
  DARK,
  EVIDENCE,
  emptyCounts,
  HOLDER,
  personCodes,
  RUMOUR,
} from '../../../src/view/phaser/map/mapState';
import { westToEast } from '../../../src/view/phaser/map/view/cursorOrder';
import { syndicateAt } from '../../../src/view/phaser/map/view/hitTest';
import { fitBounds, toScreenX, toScreenY } from '../../../src/view/phaser/map/view/viewport';

// A workshop run that leaked (seed 6 leaks on day 304 under the historical policy).
const { state } = runPolicy(BUILT_IN_SCENARIOS.workshop, 6, POLICIES.historical({}));

describe('what the map shows of a person', () => {
  const codes = personCodes(state, new Uint8Array(state.net.size));

  it('codes handsets, going dark, the rumour and evidence from the simulation', () => {
    expect(state.leakDay).toBeGreaterThanOrEqual(0);
    for (let p = 0; p < state.net.size; p++) {
      expect((codes[p] & HOLDER) !== 0).toBe(state.adoptedDay[p] >= 0);
      expect((codes[p] & DARK) !== 0).toBe(state.darkDay[p] >= 0);
      expect((codes[p] & RUMOUR) !== 0).toBe(state.rumourDay[p] >= 0);
    }
    expect(codes.some((c) => (c & EVIDENCE) !== 0)).toBe(true);
    expect(codes.some((c) => (c & RUMOUR) !== 0)).toBe(true);
  });

  it('counts handsets per syndicate as the simulation does', () => {
    const counts = emptyCounts(state.net.syndicateCount);
    countBySyndicate(codes, state.net.syndicateOf, counts);
    expect(Array.from(counts.active)).toEqual(Array.from(state.activeBySyndicate));
  });
});

describe('picking syndicates', () => {
  const layout = buildNetworkLayout(state.net, worldAtlas());
  const view = fitBounds(layout.geo.bounds, 1200, 700);

  it('finds the marker under a syndicate’s centre, or one drawn over it', () => {
    for (let s = 0; s < state.net.syndicateCount; s++) {
      const x = toScreenX(view, layout.geo.syndicateX[s]);
      const y = toScreenY(view, layout.geo.syndicateY[s]);
      const hit = syndicateAt(layout.geo, state.net.firstMember, view, true, x, y);
      expect(hit).not.toBeNull();
      // Markers are drawn in syndicate order: a later one may cover this one's centre.
      expect(hit ?? -1).toBeGreaterThanOrEqual(s);
    }
  });

  it('zoomed in, a tap on a person picks their syndicate', () => {
    const { net } = state;
    for (const s of [0, Math.floor(net.syndicateCount / 2), net.syndicateCount - 1]) {
      const p = net.firstMember[s + 1] - 1;
      // Zoomed onto the person (at the middle of the 1200×700 screen): people, not markers.
      const zoomed = {
        ...view,
        cx: layout.geo.personX[p],
        cy: layout.geo.personY[p],
        scale: view.scale * 40,
      };
      expect(syndicateAt(layout.geo, net.firstMember, zoomed, false, 600, 350)).toBe(net.syndicateOf[p]);
    }
  });

  it('steps through every syndicate once, west to east', () => {
    const order = westToEast(layout.geo);
    expect(new Set(order).size).toBe(state.net.syndicateCount);
    for (let i = 1; i < order.length; i++) {
      expect(layout.geo.syndicateX[order[i]]).toBeGreaterThanOrEqual(layout.geo.syndicateX[order[i - 1]]);
    }
  });
});
