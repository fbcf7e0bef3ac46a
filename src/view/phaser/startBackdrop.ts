import * as Phaser from 'phaser';
import { palette } from './palette';
import { BootScene } from './scenes/BootScene';
import { TitleScene } from './scenes/TitleScene';

/**
 * Start the Phaser backdrop inside `parent` (a full-window, decorative, aria-hidden element).
 * Marks `parent` with data-backdrop="ready" after the first frame and data-motion="full|reduced"
 * (following prefers-reduced-motion live), so tests and styles can follow it without timers.
 */
export function startBackdrop(parent: HTMLElement): Phaser.Game {
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const showMotion = () => {
    parent.dataset.motion = motion.matches ? 'reduced' : 'full';
  };
  showMotion();
  motion.addEventListener('change', showMotion);

  return new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: palette.background,
    // Quiet and self-contained: no console banner, no audio context, no input capture (the DOM UI
    // owns the keyboard), no window.focus() calls that would fight the UI's focus management.
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // Phaser's own RND is not used by our code, but a fixed seed keeps any internal use repeatable.
    seed: ['backchannel'],
    // A calm backdrop needs no more than 30 fps; it halves the cost on software WebGL.
    fps: { limit: 30 },
    render: { antialias: true, powerPreference: 'low-power' },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [
      new BootScene(),
      new TitleScene({
        reducedMotion: () => motion.matches,
        onFirstFrame: () => {
          parent.dataset.backdrop = 'ready';
        },
      }),
    ],
  });
}
