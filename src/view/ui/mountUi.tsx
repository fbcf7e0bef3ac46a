import { render } from 'preact';
import type { AppStore } from '../../store/appStore';
import { App } from './App';
import { StoreContext } from './storeContext';

/** Render the DOM UI into `root`; it reads and updates `store`. */
export function mountUi(root: HTMLElement, store: AppStore): void {
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    root,
  );
}
