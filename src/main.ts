/**
 * Composition root: builds the store, mounts the DOM UI over it, then starts the Phaser backdrop.
 * The UI is usable before Phaser has loaded (Phaser is a separate, lazily loaded chunk).
 */
import { createAppStore } from './store/appStore';
import { t } from './view/strings/en';
import { mountUi } from './view/ui/mountUi';

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`main: index.html has no #${id} element`);
  return element;
}

document.documentElement.lang = t('meta.lang');
const store = createAppStore();
mountUi(requireElement('ui'), store);

const backdrop = requireElement('backdrop');
import('./view/phaser/startBackdrop')
  .then(({ startBackdrop }) => startBackdrop(backdrop))
  .catch((error: unknown) => {
    // The game stays usable without its backdrop; report it so tests and developers see it.
    console.error('main: the Phaser backdrop failed to start', error);
  });
