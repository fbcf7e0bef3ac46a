import type { AppStore } from '../store/appStore';

/**
 * With `?test-hooks` in the address (and only then), browser tests and benchmarks can read the
 * store and drive days as `window.__backchannel.store`: they need state the screen does not show
 * (which syndicate is selected) and a clock that ignores alerts. Players never add it; it exposes
 * nothing a player could not already change with the browser's developer tools.
 */
export function exposeTestHooks(store: AppStore, search: string): void {
  if (!new URLSearchParams(search).has('test-hooks')) return;
  Object.defineProperty(window, '__backchannel', { value: Object.freeze({ store }) });
}
