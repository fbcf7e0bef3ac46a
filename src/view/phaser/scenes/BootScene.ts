import * as Phaser from 'phaser';
import { palette } from '../palette';

export const GLOW_MESSAGE_TEXTURE = 'glow-message';
export const GLOW_COPY_TEXTURE = 'glow-copy';

/**
 * Makes the few textures the backdrop needs (procedurally: the game loads no image files) and
 * hands over to the scene that fits the moment: the title backdrop, or the map of a game.
 * The glows are made in their final colours because the Canvas renderer cannot tint images.
 */
export class BootScene extends Phaser.Scene {
  constructor(private readonly next: () => string) {
    super({ key: 'Boot' });
  }

  create(): void {
    makeGlow(this, GLOW_MESSAGE_TEXTURE, palette.messageHead);
    makeGlow(this, GLOW_COPY_TEXTURE, palette.copyHead);
    this.scene.start(this.next());
  }
}

function makeGlow(scene: Phaser.Scene, key: string, colour: number): void {
  const size = 64;
  const glow = scene.textures.createCanvas(key, size, size);
  if (glow === null) return;
  const ctx = glow.getContext();
  const rgb = `${(colour >> 16) & 255}, ${(colour >> 8) & 255}, ${colour & 255}`;
  const gradient = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
  gradient.addColorStop(0, `rgba(${rgb}, 1)`);
  gradient.addColorStop(0.18, `rgba(${rgb}, 0.85)`);
  gradient.addColorStop(0.45, `rgba(${rgb}, 0.22)`);
  gradient.addColorStop(1, `rgba(${rgb}, 0)`);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, size, size);
  glow.refresh();
}
