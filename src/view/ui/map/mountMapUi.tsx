import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import type { AppStore } from '../../../store/appStore';
import type { MapBridge } from '../../mapBridge';
import { StoreContext, useAppStore } from '../storeContext';
import { MapControls } from './MapControls';
import { MapLegend } from './MapLegend';
import { useMapArea } from './useMapArea';

const NARROW_BELOW_PX = 520;

/**
 * The map's controls and key, on the play screen: laid over the open middle the play screen
 * leaves for the map (or the whole window if it leaves none).
 */
function MapUi({ bridge }: { bridge: MapBridge }) {
  const shown = useAppStore((s) => s.game !== null && s.screen === 'play');
  const area = useMapArea(shown);
  useEffect(() => bridge.setArea(area), [bridge, area]);
  if (!shown) return null;
  const style = area
    ? { top: `${area.top}px`, left: `${area.left}px`, width: `${area.width}px`, height: `${area.height}px` }
    : undefined;
  // A narrow open middle (a small screen with a case file open) gets the compact arrangement.
  const narrow = (area?.width ?? window.innerWidth) < NARROW_BELOW_PX;
  return (
    <div class={narrow ? 'map-ui map-ui--narrow' : 'map-ui'} style={style}>
      <MapLegend />
      <MapControls bridge={bridge} />
    </div>
  );
}

/**
 * Render the map's controls into their own layer (#map-ui, after #ui: above the UI and after it in
 * the tab order), so they work whichever way the screens around the map are built.
 */
export function mountMapUi(store: AppStore, bridge: MapBridge): HTMLElement {
  const root = document.createElement('div');
  root.id = 'map-ui';
  document.body.append(root);
  render(
    <StoreContext.Provider value={store}>
      <MapUi bridge={bridge} />
    </StoreContext.Provider>,
    root,
  );
  return root;
}
