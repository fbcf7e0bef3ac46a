import * as Phaser from 'phaser';

export const GLOW_TEXTURE = 'glow';

/**
 * Makes the few textures the backdrop needs (procedurally: the game loads no image files yet) and
 * hands over to the title scene.
 */
export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Boot' });
  }

  create(): void {
    const size = 64;
    const glow = this.textures.createCanvas(GLOW_TEXTURE, size, size);
    if (glow !== null) {
      const ctx = glow.getContext();
      const gradient = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
      gradient.addColorStop(0, 'rgba(255, 255, 255, 1)');
      gradient.addColorStop(0.18, 'rgba(255, 255, 255, 0.85)');
      gradient.addColorStop(0.45, 'rgba(255, 255, 255, 0.22)');
      gradient.addColorStop(1, 'rgba(255, 255, 255, 0)');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, size, size);
      glow.refresh();
    }
    this.scene.start('Title');
  }
}
