import { createContext } from 'preact';
import { useContext, useSyncExternalStore } from 'preact/compat';
import type { AppState, AppStore } from '../../store/appStore';

/** The app store, provided once by `mountUi`; panels read slices of it with `useAppStore`. */
export const StoreContext = createContext<AppStore | null>(null);

export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('view/ui: useAppStore needs <StoreContext.Provider> (see mountUi)');
  return store;
}

/** Subscribe to one slice of the store; the component re-renders when that slice changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useStoreApi();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
