/**
 * The element around the map's canvas (#backdrop). Behind the title and the other screens it is
 * decoration (aria-hidden, no pointer events); on the play screen it becomes the map: focusable,
 * labelled, described by the key help (data-view="map" lets pointer events through), and it takes
 * the map's keys. It also reports what was painted (data-map-level, data-map-revision,
 * data-map-view) so tests can wait for a picture without timers and find things on it.
 */
import { t } from '../../strings/en';
import type { Level } from './MapPainter';

export const MAP_HELP_ID = 'map-help';

export interface MapAria {
  /** On the play screen the map is interactive; behind other screens it is decoration. */
  setInteractive(on: boolean): void;
  /** The map scene stopped: back to the title's decoration. */
  leave(): void;
  /** The map drew its first frame. */
  ready(): void;
  focus(): void;
  /** Keyboard focus is on the map and should be shown (:focus-visible). */
  showsFocus(): boolean;
  /** Called when the map gains or loses focus. */
  onFocusChange(listener: () => void): () => void;
  /** Listen to keys while focused; the handler returns true for keys it used. */
  onKey(handler: (event: KeyboardEvent) => boolean): () => void;
  /** What was drawn: the level, the game revision and the view (centre x, y and scale). */
  painted(level: Level, revision: number, view: { cx: number; cy: number; scale: number }): void;
}

export function createMapAria(element: HTMLElement): MapAria {
  const decoration = () => {
    element.setAttribute('aria-hidden', 'true');
    for (const name of ['role', 'aria-label', 'aria-describedby', 'tabindex']) element.removeAttribute(name);
  };
  return {
    setInteractive(on) {
      if (!on) {
        decoration();
        element.dataset.view = 'map-backdrop';
        return;
      }
      element.removeAttribute('aria-hidden');
      element.setAttribute('role', 'application');
      element.setAttribute('aria-label', t('map.label'));
      element.setAttribute('aria-describedby', MAP_HELP_ID);
      element.tabIndex = 0;
      element.dataset.view = 'map';
    },
    leave() {
      decoration();
      delete element.dataset.view;
      delete element.dataset.mapLevel;
      delete element.dataset.mapRevision;
      delete element.dataset.mapView;
    },
    ready() {
      element.dataset.backdrop = 'ready';
    },
    focus() {
      if (document.activeElement !== element && element.tabIndex >= 0) element.focus({ preventScroll: true });
    },
    showsFocus() {
      return document.activeElement === element && element.matches(':focus-visible');
    },
    onFocusChange(listener) {
      element.addEventListener('focus', listener);
      element.addEventListener('blur', listener);
      return () => {
        element.removeEventListener('focus', listener);
        element.removeEventListener('blur', listener);
      };
    },
    onKey(handler) {
      const listener = (event: KeyboardEvent) => {
        if (event.target === element && handler(event)) event.preventDefault();
      };
      element.addEventListener('keydown', listener);
      return () => element.removeEventListener('keydown', listener);
    },
    painted(level, revision, view) {
      element.dataset.mapLevel = level;
      element.dataset.mapRevision = String(revision);
      element.dataset.mapView = `${view.cx} ${view.cy} ${view.scale}`;
    },
  };
}
