/**
 * The graph sigma.js draws in the render benchmark: exactly the nodes and edges our map draws in
 * the same view, at the same positions and sizes, coloured the same way.
 *
 * - world: one node per syndicate (marker size), the aggregated ties between reached syndicates;
 * - member / all: the people of every syndicate that reaches into the view, and every tie with at
 *   least one end among them (the far ends are added so an edge can exist; they lie off screen).
 *
 * `update()` follows a simulated day like our painter does: recolour what changed, add ties.
 */
import Graph from 'graphology';
import type { SimState } from '../../src/sim';
import { markerRadius } from '../../src/view/phaser/map/draw/drawMarkers';
import { personRadiusPx } from '../../src/view/phaser/map/draw/drawPeople';
import type { NetworkLayout } from '../../src/view/phaser/map/layout/networkLayout';
import type { SyndicateTies } from '../../src/view/phaser/map/layout/syndicateTies';
import { mapPalette } from '../../src/view/phaser/map/mapPalette';
import { ARRESTED, DARK, HOLDER, personCodes } from '../../src/view/phaser/map/mapState';
import { markShownSyndicates } from '../../src/view/phaser/map/view/shownSyndicates';
import type { Viewport } from '../../src/view/phaser/map/view/viewport';

export type BenchMode = 'world' | 'member' | 'all';

export interface BenchGraph {
  readonly graph: Graph;
  update(): void;
}

const NONE = '#b9cde6';
const TIE = 'rgba(150, 175, 210, 0.16)';

function personColour(code: number): string {
  if (!(code & HOLDER)) return NONE;
  return code & (DARK | ARRESTED) ? mapPalette.dark : mapPalette.handset;
}

/** Sky blue for a syndicate with handsets (brighter with a larger share), slate for one without. */
function syndicateColour(share: number, reached: boolean): string {
  if (!reached) return '#334155';
  const t = Math.min(1, share);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(40, 86)}, ${mix(70, 180)}, ${mix(110, 233)})`;
}

export function buildBenchGraph(
  mode: BenchMode,
  sim: SimState,
  layout: NetworkLayout,
  ties: SyndicateTies,
  view: Viewport,
): BenchGraph {
  return mode === 'world' ? worldGraph(sim, layout, ties, view) : peopleGraph(mode, sim, layout, view);
}

function worldGraph(sim: SimState, layout: NetworkLayout, ties: SyndicateTies, view: Viewport): BenchGraph {
  const { net } = sim;
  const geo = layout.geo;
  const graph = new Graph({ type: 'undirected', multi: false });
  const members = (s: number) => net.firstMember[s + 1] - net.firstMember[s];
  const colour = (s: number) =>
    syndicateColour(sim.activeBySyndicate[s] / members(s), sim.syndicateReachedDay[s] >= 0);
  for (let s = 0; s < net.syndicateCount; s++) {
    graph.addNode(String(s), {
      x: geo.syndicateX[s],
      y: -geo.syndicateY[s],
      size: markerRadius(geo, view, s, members(s)),
      color: colour(s),
    });
  }
  const addReachedTies = () => {
    for (let i = 0; i < ties.length; i++) {
      const a = ties.a[i];
      const b = ties.b[i];
      if (sim.syndicateReachedDay[a] < 0 || sim.syndicateReachedDay[b] < 0) continue;
      const key = `${a}-${b}`;
      if (graph.hasEdge(key)) continue;
      const bucket = ties.count[i] >= 8 ? 2 : ties.count[i] >= 3 ? 1 : 0;
      graph.addEdgeWithKey(key, String(a), String(b), {
        size: 0.8 + bucket * 0.7,
        color: mapPalette.syndicateTie,
      });
    }
  };
  addReachedTies();
  const drawn = new Float64Array(net.syndicateCount).fill(-1);
  return {
    graph,
    update() {
      for (let s = 0; s < net.syndicateCount; s++) {
        const share = sim.syndicateReachedDay[s] >= 0 ? sim.activeBySyndicate[s] : -1;
        if (share !== drawn[s]) {
          drawn[s] = share;
          graph.setNodeAttribute(String(s), 'color', colour(s));
        }
      }
      addReachedTies();
    },
  };
}

function peopleGraph(mode: BenchMode, sim: SimState, layout: NetworkLayout, view: Viewport): BenchGraph {
  const { net } = sim;
  const arr = mode === 'all' ? layout.whole : layout.geo;
  const shown = markShownSyndicates(view, arr, new Uint8Array(net.syndicateCount));
  const size = Math.max(0.6, personRadiusPx(view, arr.unit));
  const codes = personCodes(sim, new Uint8Array(net.size));
  const graph = new Graph({ type: 'undirected', multi: false });
  const addPerson = (p: number) => {
    if (graph.hasNode(String(p))) return;
    graph.addNode(String(p), { x: arr.personX[p], y: -arr.personY[p], size, color: personColour(codes[p]) });
  };
  const tieColour = (u: number, v: number) => (codes[u] & codes[v] & HOLDER ? mapPalette.handsetTie : TIE);
  for (let s = 0; s < net.syndicateCount; s++) {
    if (!shown[s]) continue;
    for (let u = net.firstMember[s]; u < net.firstMember[s + 1]; u++) {
      addPerson(u);
      for (let e = net.offsets[u]; e < net.offsets[u + 1]; e++) {
        const v = net.neighbors[e];
        if (shown[net.syndicateOf[v]] && v < u) continue;
        addPerson(v);
        graph.addEdgeWithKey(u < v ? `${u}-${v}` : `${v}-${u}`, String(u), String(v), {
          size: 0.6,
          color: tieColour(u, v),
        });
      }
    }
  }
  const next = new Uint8Array(net.size);
  return {
    graph,
    update() {
      personCodes(sim, next);
      for (let p = 0; p < net.size; p++) {
        if (next[p] === codes[p]) continue;
        const adopted = (next[p] & HOLDER) !== 0 && (codes[p] & HOLDER) === 0;
        codes[p] = next[p];
        if (!graph.hasNode(String(p))) continue;
        graph.setNodeAttribute(String(p), 'color', personColour(codes[p]));
        if (!adopted) continue;
        for (let e = net.offsets[p]; e < net.offsets[p + 1]; e++) {
          const v = net.neighbors[e];
          const key = p < v ? `${p}-${v}` : `${v}-${p}`;
          if (graph.hasEdge(key)) graph.setEdgeAttribute(key, 'color', tieColour(p, v));
        }
      }
    },
  };
}
