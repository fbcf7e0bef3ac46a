import { render } from 'preact';
import type { AppStore } from '../../store/appStore';
import { App } from './App';
import { bindPageKeys } from './pageKeys';
import { StoreContext } from './storeContext';

/** Render the DOM UI into `root` and bind the page's keys; both read and update `store`. */
export function mountUi(root: HTMLElement, store: AppStore): void {
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    root,
  );
  bindPageKeys(store);
}
