import * as Phaser from 'phaser';

/**
 * The first scene: once Phaser has booted, hands over to the scene that fits the moment (the map,
 * if the player has not left the game meanwhile).
 */
export class BootScene extends Phaser.Scene {
  constructor(private readonly next: () => string | null) {
    super({ key: 'Boot' });
  }

  create(): void {
    const next = this.next();
    if (next !== null) this.scene.start(next);
  }
}
