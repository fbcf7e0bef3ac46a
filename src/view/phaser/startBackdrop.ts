import * as Phaser from 'phaser';
import type { SimState } from '../../sim';
import type { AppStore } from '../../store/appStore';
import type { MapBridge } from '../mapBridge';
import { MapScene } from './map/MapScene';
import { createMapAria } from './map/mapAria';
import { palette } from './palette';
import { BootScene } from './scenes/BootScene';
import { TitleScene } from './scenes/TitleScene';

export interface BackdropOptions {
  readonly store: AppStore;
  readonly bridge: MapBridge;
}

const TITLE = 'Title';
const MAP = 'Map';

/**
 * Start Phaser inside `parent` (a full-window element behind the DOM UI): the title backdrop while
 * there is no game, the map of the network while there is one (a new game restarts the map).
 * Marks `parent` with data-backdrop="ready" after the first frame and data-motion="full|reduced"
 * (following prefers-reduced-motion live), so tests and styles can follow it without timers.
 *
 * The Canvas renderer, not WebGL: every picture here is baked into 2D canvases and shown as one
 * image, and on machines without a GPU (software WebGL) a full-screen textured quad costs ~100 ms
 * a frame where the Canvas renderer draws the same frame in a few milliseconds.
 */
export function startBackdrop(parent: HTMLElement, options: BackdropOptions): Phaser.Game {
  const { store, bridge } = options;
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const showMotion = () => {
    parent.dataset.motion = motion.matches ? 'reduced' : 'full';
  };
  showMotion();
  motion.addEventListener('change', showMotion);
  const reducedMotion = () => motion.matches;
  const wanted = () => (store.getState().game !== null ? MAP : TITLE);

  let booted = false;
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    backgroundColor: palette.background,
    // Quiet and self-contained: no console banner, no audio context, no window.focus() calls that
    // would fight the UI's focus management. Pointer input is on for the map (the title ignores
    // it; its element takes no pointer events); the map's keys come from its focused element, so
    // Phaser never listens to the whole window's keyboard.
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: { preventDefaultWheel: true }, touch: true, gamepad: false },
    // Phaser's own RND is not used by our code, but a fixed seed keeps any internal use repeatable.
    seed: ['backchannel'],
    // No clearing between frames: the title covers the whole canvas each frame anyway, and the map
    // skips frames with nothing new, keeping the last picture on the canvas.
    render: { antialias: true, clearBeforeRender: false },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [
      new BootScene(() => {
        booted = true;
        return wanted();
      }),
      new TitleScene({
        reducedMotion,
        onFirstFrame: () => {
          parent.dataset.backdrop = 'ready';
        },
      }),
      new MapScene({ store, bridge, aria: createMapAria(parent), reducedMotion }),
    ],
  });

  let shownSim: SimState | null = store.getState().game?.sim ?? null;
  store.subscribe((state) => {
    const sim = state.game?.sim ?? null;
    if (sim === shownSim) return;
    shownSim = sim;
    if (booted) show(game, wanted());
  });
  return game;
}

/** Stop the other scene and (re)start `key`. */
function show(game: Phaser.Game, key: string): void {
  for (const other of [TITLE, MAP]) {
    if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
  }
  game.scene.start(key);
}
