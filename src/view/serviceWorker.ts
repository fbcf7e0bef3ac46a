/**
 * Offline play: register the service worker of the served build (see offlinePlay in vite.config.ts)
 * once the page has loaded and the browser is idle, so its precaching of every file (Phaser's chunk
 * included) never competes with the title's first load. Builds without a worker register nothing.
 */
export function registerServiceWorker(): void {
  const worker: string | undefined = import.meta.env.VITE_SERVICE_WORKER;
  if (worker === undefined || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`./${worker}`, { scope: './' }).catch((error: unknown) => {
      // The game plays on without it, online; report it so tests and developers see it.
      console.error('serviceWorker: registration failed', error);
    });
  };
  // At most a few seconds' wait, even on a page that is never idle.
  const whenIdle = () => requestIdleCallback(register, { timeout: 3000 });
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
