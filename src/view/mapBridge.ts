/**
 * The link between the map's DOM controls (src/view/ui/map) and the Phaser map scene: buttons ask
 * the scene to zoom or step; the scene reports what the controls need (zoom limits, what the
 * keyboard cursor is on). Camera state is the scene's own, not game state, so it stays out of the
 * store; this object is created once in main.ts and handed to both sides.
 */
export type MapAction = 'zoom-in' | 'zoom-out' | 'reset' | 'next' | 'previous' | 'select';

export interface MapStatus {
  /** The map scene is running (a game exists and Phaser has started). */
  readonly active: boolean;
  /** What the map draws: syndicate markers, people, or the whole network. */
  readonly level: 'markers' | 'people' | 'whole';
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
  /** A sentence for screen readers about the syndicate under the keyboard cursor; "" for none. */
  readonly announcement: string;
}

/** The part of the window the map is seen through (the play screen's open middle), in CSS px. */
export interface MapArea {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

const idle: MapStatus = {
  active: false,
  level: 'markers',
  canZoomIn: false,
  canZoomOut: false,
  announcement: '',
};

export class MapBridge {
  private handler: ((action: MapAction) => void) | null = null;
  private readonly listeners = new Set<() => void>();
  private current: MapStatus = idle;
  private openArea: MapArea | null = null;
  private areaListener: (() => void) | null = null;

  get status(): MapStatus {
    return this.current;
  }

  /** The scene registers here while it runs; returns the function that unregisters it. */
  attach(handler: (action: MapAction) => void): () => void {
    this.handler = handler;
    return () => {
      if (this.handler === handler) this.handler = null;
      this.publish(idle);
    };
  }

  /** Where the map is visible; null: the whole window. Set by the DOM layout, read by the scene. */
  get area(): MapArea | null {
    return this.openArea;
  }

  setArea(area: MapArea | null): void {
    const before = this.openArea;
    if (
      before === area ||
      (before !== null &&
        area !== null &&
        before.top === area.top &&
        before.left === area.left &&
        before.width === area.width &&
        before.height === area.height)
    ) {
      return;
    }
    this.openArea = area;
    this.areaListener?.();
  }

  /** The scene follows the visible area (one listener: there is one map). */
  onArea(listener: () => void): () => void {
    this.areaListener = listener;
    return () => {
      if (this.areaListener === listener) this.areaListener = null;
    };
  }

  run(action: MapAction): void {
    this.handler?.(action);
  }

  publish(status: MapStatus): void {
    const before = this.current;
    if (
      before.active === status.active &&
      before.level === status.level &&
      before.canZoomIn === status.canZoomIn &&
      before.canZoomOut === status.canZoomOut &&
      before.announcement === status.announcement
    ) {
      return;
    }
    this.current = status;
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
