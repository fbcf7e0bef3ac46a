/**
 * The render benchmark's peer page: sigma.js (WebGL) drawing the same nodes and edges as our map,
 * while the same simulation runs at the same pace. The benchmark calls
 * `window.__sigmaBench.setup(...)`, then counts frames with bench/render/frameCounter.ts.
 */
import Sigma from 'sigma';
import { replay, step } from '../../src/sim';
import { decodeSave } from '../../src/store/savedGame';
import { worldAtlas } from '../../src/view/phaser/map/geo/worldAtlas';
import { buildNetworkLayout } from '../../src/view/phaser/map/layout/networkLayout';
import { syndicateTies } from '../../src/view/phaser/map/layout/syndicateTies';
import { visibleBounds } from '../../src/view/phaser/map/view/viewport';
import { type BenchMode, buildBenchGraph } from './benchGraph';

interface SetupRequest {
  readonly save: string;
  readonly mode: BenchMode;
  /** Our map's view at the time: centre and scale (the screen size is this page's). */
  readonly view: { cx: number; cy: number; scale: number };
}

let renderer: Sigma | null = null;

async function setup(request: SetupRequest): Promise<{ nodes: number; edges: number }> {
  renderer?.kill();
  const decoded = decodeSave(request.save);
  if (!decoded.ok) throw new Error(`sigma bench: ${JSON.stringify(decoded.problem)}`);
  const { scenario, seed, commands, day } = decoded.save;
  const sim = replay(scenario, seed, commands, day);
  const layout = buildNetworkLayout(sim.net, worldAtlas());
  const container = document.getElementById('graph');
  if (container === null) throw new Error('sigma bench: no #graph element');
  const view = { ...request.view, width: container.clientWidth, height: container.clientHeight };
  const bench = buildBenchGraph(request.mode, sim, layout, syndicateTies(sim.net), view);
  const box = visibleBounds(view);
  renderer = new Sigma(bench.graph, container, {
    settings: { renderLabels: false, enableEdgeEvents: false, stagePadding: 0, allowInvalidContainer: true },
  });
  // Frame the same part of the world as our map (sigma's y axis points up: ours is flipped).
  renderer.setCustomBBox({ x: [box.minX, box.maxX], y: [-box.maxY, -box.minY] });
  renderer.refresh();
  (window as unknown as { __benchStep: () => void }).__benchStep = () => {
    step(sim, []);
    bench.update();
  };
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { nodes: bench.graph.order, edges: bench.graph.size };
}

Object.assign(window, { __sigmaBench: { setup } });
document.body.dataset.ready = 'true';
