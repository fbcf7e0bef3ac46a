/**
 * What fills #backdrop, the full-window element behind the DOM UI: the title backdrop (plain 2D
 * canvas) while there is no game, the map of the network (Phaser, a separate chunk) while there is
 * one. The title and the teachers' pages never load Phaser; its chunk is fetched as soon as a
 * player chooses an operation, so the map is ready by the time the briefing is read.
 * Marks `parent` with data-backdrop="ready" after the first frame and data-motion="full|reduced"
 * (following prefers-reduced-motion live), so tests and styles can follow it without timers.
 */
import type { AppStore, Screen } from '../../store/appStore';
import type { MapBridge } from '../mapBridge';
import type { MapView } from '../phaser/mapView';
import { createTitleBackdrop } from './titleBackdrop';

export interface BackdropOptions {
  readonly store: AppStore;
  readonly bridge: MapBridge;
}

/** Screens on the way to a game: the map's chunk starts loading there. */
const LEADS_TO_MAP: ReadonlySet<Screen> = new Set(['scenarios', 'briefing', 'seeding']);

export function startBackdrop(parent: HTMLElement, options: BackdropOptions): void {
  const { store, bridge } = options;
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const showMotion = () => {
    parent.dataset.motion = motion.matches ? 'reduced' : 'full';
  };
  showMotion();
  motion.addEventListener('change', showMotion);
  const reducedMotion = () => motion.matches;
  const title = createTitleBackdrop(parent, {
    reducedMotion,
    onFrame: () => {
      parent.dataset.backdrop = 'ready';
    },
  });

  let map: Promise<MapView> | null = null;
  const loadMap = (): Promise<MapView> => {
    map ??= import('../phaser/mapView').then(
      ({ createMapView }) => createMapView(parent, { store, bridge, reducedMotion }),
      (error: unknown) => {
        // Try again the next time the map is wanted (the network may be back).
        map = null;
        throw error;
      },
    );
    return map;
  };
  const hasGame = () => store.getState().game !== null;

  let shownSim = store.getState().game?.sim ?? null;
  const follow = () => {
    if (shownSim === null) {
      title.show();
      void map?.then((view) => view.hide());
      return;
    }
    loadMap()
      .then((view) => {
        // The player may have left the game while the chunk loaded.
        if (!hasGame()) return;
        title.hide();
        view.show();
      })
      .catch((error: unknown) => {
        // The game stays usable without its map picture; report it so tests and developers see it.
        console.error('backdrop: the map (Phaser) failed to load', error);
      });
  };

  follow();
  store.subscribe((state) => {
    if (LEADS_TO_MAP.has(state.screen)) loadMap().catch(() => undefined);
    const sim = state.game?.sim ?? null;
    if (sim === shownSim) return;
    shownSim = sim;
    follow();
  });
}
