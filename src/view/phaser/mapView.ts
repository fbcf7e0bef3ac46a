import * as Phaser from 'phaser';
import type { AppStore } from '../../store/appStore';
import { palette } from '../backdrop/palette';
import type { MapBridge } from '../mapBridge';
import { MapScene } from './map/MapScene';
import { createMapAria } from './map/mapAria';
import { BootScene } from './scenes/BootScene';

export interface MapViewOptions {
  readonly store: AppStore;
  readonly bridge: MapBridge;
  readonly reducedMotion: () => boolean;
}

/** The map of a game in `parent` (#backdrop), shown while there is a game. */
export interface MapView {
  /** Show the map of the store's current game (a new game restarts it). */
  show(): void;
  /** Stop the map and take its canvas out (back to the title's backdrop). */
  hide(): void;
}

const MAP = 'Map';

/**
 * The Phaser chunk's entry: the game (Phaser.Game) is made on the first show, so loading this
 * module early only fetches and parses it.
 *
 * The Canvas renderer, not WebGL: the map is baked into 2D canvases and shown as one image, and
 * on machines without a GPU (software WebGL) a full-screen textured quad costs ~100 ms a frame
 * where the Canvas renderer draws the same frame in a few milliseconds.
 */
export function createMapView(parent: HTMLElement, options: MapViewOptions): MapView {
  const { store, bridge, reducedMotion } = options;
  let game: Phaser.Game | null = null;
  let booted = false;
  const wanted = () => store.getState().game !== null;

  const start = (): Phaser.Game =>
    new Phaser.Game({
      type: Phaser.CANVAS,
      parent,
      backgroundColor: palette.background,
      // Quiet and self-contained: no console banner, no audio context, no window.focus() calls that
      // would fight the UI's focus management. Pointer input is on for the map; the map's keys come
      // from its focused element, so Phaser never listens to the whole window's keyboard.
      banner: false,
      autoFocus: false,
      audio: { noAudio: true },
      input: { keyboard: false, mouse: { preventDefaultWheel: true }, touch: true, gamepad: false },
      // Phaser's own RND is not used by our code, but a fixed seed keeps any internal use repeatable.
      seed: ['backchannel'],
      // No clearing between frames: the map skips frames with nothing new, keeping the last picture.
      render: { antialias: true, clearBeforeRender: false },
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      scene: [
        new BootScene(() => {
          booted = true;
          return wanted() ? MAP : null;
        }),
        new MapScene({ store, bridge, aria: createMapAria(parent), reducedMotion }),
      ],
    });

  return {
    show() {
      if (game === null) {
        game = start();
        return;
      }
      if (!game.canvas.isConnected) parent.appendChild(game.canvas);
      if (booted) game.scene.start(MAP);
    },
    hide() {
      if (game === null) return;
      if (booted && game.scene.isActive(MAP)) game.scene.stop(MAP);
      game.canvas.remove();
    },
  };
}
