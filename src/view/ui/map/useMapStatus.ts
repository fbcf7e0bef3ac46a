import { useSyncExternalStore } from 'preact/compat';
import type { MapBridge, MapStatus } from '../../mapBridge';

/** The map scene's latest report (zoom limits, keyboard cursor), re-rendering when it changes. */
export function useMapStatus(bridge: MapBridge): MapStatus {
  return useSyncExternalStore(
    (listener) => bridge.subscribe(listener),
    () => bridge.status,
  );
}
