import type { MapMode } from '../../../store/mapSlice';
import type { MapBridge } from '../../mapBridge';
import { t } from '../../strings/en';
import { useAppStore } from '../storeContext';
import { useMapStatus } from './useMapStatus';

/**
 * Buttons for everything the map does by mouse, touch or keys: zoom, show everything, step
 * through syndicates, and the three views. The map's key help and a polite live region (what the
 * keyboard cursor marks) live here too, referenced by the map's focusable wrapper.
 */
export function MapControls({ bridge }: { bridge: MapBridge }) {
  const status = useMapStatus(bridge);
  const mode = useAppStore((s) => s.mapMode);
  const selected = useAppStore((s) => s.selectedSyndicate);
  const setMapMode = useAppStore((s) => s.setMapMode);
  const view = (target: MapMode, label: string, disabled = false) => (
    <button
      type="button"
      class="map-ui__view"
      aria-pressed={mode === target}
      disabled={disabled}
      onClick={() => setMapMode(target)}
    >
      {label}
    </button>
  );

  return (
    <section class="map-ui__controls" aria-label={t('map.controls')}>
      <p id="map-help" class="visually-hidden">
        {t('map.help')}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {status.announcement}
      </p>
      <fieldset class="map-ui__group map-ui__views">
        <legend class="visually-hidden">{t('map.view')}</legend>
        {view('world', t('map.view.world'))}
        {view('members', t('map.view.members'), selected === null)}
        {view('all', t('map.view.all'))}
      </fieldset>
      <div class="map-ui__group map-ui__tools">
        <button
          type="button"
          aria-label={t('map.previous')}
          title={t('map.previous')}
          onClick={() => bridge.run('previous')}
        >
          ‹
        </button>
        <button
          type="button"
          aria-label={t('map.next')}
          title={t('map.next')}
          onClick={() => bridge.run('next')}
        >
          ›
        </button>
        <button
          type="button"
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOut')}
          disabled={!status.canZoomOut}
          onClick={() => bridge.run('zoom-out')}
        >
          −
        </button>
        <button
          type="button"
          aria-label={t('map.zoomIn')}
          title={t('map.zoomIn')}
          disabled={!status.canZoomIn}
          onClick={() => bridge.run('zoom-in')}
        >
          +
        </button>
        <button
          type="button"
          aria-label={t('map.reset')}
          title={t('map.reset')}
          onClick={() => bridge.run('reset')}
        >
          ⤢
        </button>
      </div>
    </section>
  );
}
