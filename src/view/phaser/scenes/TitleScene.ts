import * as Phaser from 'phaser';
import {
  type BackdropModel,
  buildBackdropModel,
  type Pulse,
  pointOnCurve,
  pulsesAt,
  STATIC_FRAME_MS,
} from '../backdropModel';
import { palette } from '../palette';
import { drawStaticBackdrop, type ScreenPoint, toScreen } from '../staticBackdrop';
import { GLOW_COPY_TEXTURE, GLOW_MESSAGE_TEXTURE } from './BootScene';

export interface TitleSceneOptions {
  /** Read on every frame, so a change of the OS setting takes effect at once. */
  reducedMotion: () => boolean;
  /** Called once, after the first frame has been drawn. */
  onFirstFrame: () => void;
}

const STATIC_TEXTURE = 'title-backdrop';
const TRAIL_STEPS = 10;
const TRAIL_LENGTH = 0.45;
const MAX_HEADS = 32;

/**
 * The calm "operations room" behind the title screen: a dim world of contacts, with messages
 * travelling along ties (blue) and their copies flowing to the listening post (orange).
 * Everything that does not move is baked into one canvas texture, redrawn only on resize; each
 * frame only redraws the few moving trails (software WebGL pays per shape).
 */
export class TitleScene extends Phaser.Scene {
  private readonly model: BackdropModel = buildBackdropModel();
  private points: ScreenPoint[] = [];
  private lineScale = 1;
  private staticLayer: Phaser.GameObjects.Image | null = null;
  private trails: Phaser.GameObjects.Graphics | null = null;
  private heads: Phaser.GameObjects.Image[] = [];
  /** Animation clock in ms; starts at the reduced-motion frame so both begin from the same picture. */
  private clock = STATIC_FRAME_MS;

  constructor(private readonly options: TitleSceneOptions) {
    super({ key: 'Title' });
  }

  create(): void {
    // The scene restarts when a player leaves a game: its texture and images from last time are gone or stale.
    if (!this.textures.exists(STATIC_TEXTURE)) this.textures.createCanvas(STATIC_TEXTURE, 1, 1);
    this.heads = [];
    this.staticLayer = this.add.image(0, 0, STATIC_TEXTURE).setOrigin(0, 0);
    this.trails = this.add.graphics();
    for (let i = 0; i < MAX_HEADS; i++) {
      this.heads.push(
        this.add.image(0, 0, GLOW_MESSAGE_TEXTURE).setBlendMode(Phaser.BlendModes.ADD).setVisible(false),
      );
    }
    this.layout(this.scale.gameSize);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this);
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.options.onFirstFrame());
  }

  override update(_time: number, delta: number): void {
    if (this.options.reducedMotion()) {
      if (this.clock !== STATIC_FRAME_MS) {
        this.clock = STATIC_FRAME_MS;
        this.drawMoving();
      }
      return;
    }
    // Clamp the step so a tab coming back from the background resumes calmly instead of jumping.
    this.clock += Math.min(delta, 100);
    this.drawMoving();
  }

  private layout(gameSize: Phaser.Structs.Size): void {
    const width = Math.max(1, Math.round(gameSize.width));
    const height = Math.max(1, Math.round(gameSize.height));
    this.cameras.main.setSize(width, height);
    this.lineScale = Phaser.Math.Clamp(Math.min(width, height) / 900, 0.8, 1.6);
    this.points = this.model.nodes.map((node) => toScreen(node, width, height));

    const texture = this.textures.get(STATIC_TEXTURE) as Phaser.Textures.CanvasTexture;
    texture.setSize(width, height);
    drawStaticBackdrop(texture.getContext(), this.model, this.points, width, height, this.lineScale);
    texture.refresh();
    this.staticLayer?.setTexture(STATIC_TEXTURE).setSizeToFrame();
    this.drawMoving();
  }

  /** Redraw the trails, heads and the listening post's slow pulse for the current clock. */
  private drawMoving(): void {
    const g = this.trails;
    if (g === null) return;
    g.clear();
    let head = 0;
    for (const pulse of pulsesAt(this.model, this.clock)) {
      this.drawTrail(g, pulse);
      if (pulse.progress < 1 && head < this.heads.length) this.placeHead(this.heads[head++], pulse);
    }
    for (; head < this.heads.length; head++) this.heads[head].setVisible(false);
    this.drawListeningPost(g);
  }

  private drawTrail(g: Phaser.GameObjects.Graphics, pulse: Pulse): void {
    const a = this.points[pulse.from];
    const b = this.points[pulse.to];
    const colour = pulse.kind === 'message' ? palette.message : palette.copy;
    const width = (pulse.kind === 'message' ? 2.6 : 1.8) * this.lineScale;
    // The whole travelled path glows faintly; the last stretch behind the head glows brightly.
    const faint = pulse.kind === 'message' ? 0.35 : 0.2;
    this.strokeCurve(g, a, b, pulse.bend, 0, pulse.progress, width * 0.6, colour, faint * pulse.strength);
    const from = Math.max(0, pulse.progress - TRAIL_LENGTH);
    for (let i = 0; i < TRAIL_STEPS; i++) {
      const u0 = from + ((pulse.progress - from) * i) / TRAIL_STEPS;
      const u1 = from + ((pulse.progress - from) * (i + 1)) / TRAIL_STEPS;
      const alpha = pulse.strength * (0.1 + (0.8 * (i + 1)) / TRAIL_STEPS);
      this.strokeCurve(g, a, b, pulse.bend, u0, u1, width, colour, alpha);
    }
  }

  private strokeCurve(
    g: Phaser.GameObjects.Graphics,
    a: ScreenPoint,
    b: ScreenPoint,
    bend: number,
    u0: number,
    u1: number,
    width: number,
    colour: number,
    alpha: number,
  ): void {
    if (u1 <= u0 || alpha <= 0) return;
    const steps = Math.max(2, Math.ceil((u1 - u0) * 24));
    g.lineStyle(width, colour, alpha);
    g.beginPath();
    for (let i = 0; i <= steps; i++) {
      const p = pointOnCurve(a.x, a.y, b.x, b.y, bend, u0 + ((u1 - u0) * i) / steps);
      if (i === 0) g.moveTo(p.x, p.y);
      else g.lineTo(p.x, p.y);
    }
    g.strokePath();
  }

  private placeHead(image: Phaser.GameObjects.Image, pulse: Pulse): void {
    const a = this.points[pulse.from];
    const b = this.points[pulse.to];
    const p = pointOnCurve(a.x, a.y, b.x, b.y, pulse.bend, pulse.progress);
    const size = (pulse.kind === 'message' ? 0.36 : 0.3) * this.lineScale;
    image
      .setTexture(pulse.kind === 'message' ? GLOW_MESSAGE_TEXTURE : GLOW_COPY_TEXTURE)
      .setPosition(p.x, p.y)
      .setScale(size)
      .setAlpha(pulse.strength)
      .setVisible(true);
  }

  /** Two rings slowly widening around the listening post, like a quiet sonar. */
  private drawListeningPost(g: Phaser.GameObjects.Graphics): void {
    const post = this.points[this.model.listeningPost];
    if (post === undefined) return;
    const period = 4200;
    for (const offset of [0, period / 2]) {
      const phase = ((this.clock + offset) % period) / period;
      g.lineStyle(1.5 * this.lineScale, palette.copy, 0.55 * (1 - phase));
      g.strokeCircle(post.x, post.y, (6 + 26 * phase) * this.lineScale);
    }
  }
}
