/**
 * Composition root: builds the store (resuming a saved game), mounts the DOM UI over it, starts the
 * play clock and the sound cues, then the backdrop. The title and the teachers' pages never load
 * Phaser: it is a separate chunk, fetched once a player heads for a game (see startBackdrop).
 */
import { createAppStore } from './store/appStore';
import { teacherPageFromHash } from './store/flowSlice';
import { readScenarioLink } from './store/scenarioLink';
import { playCuesFromStore } from './view/audio/cuesFromStore';
import { createCuePlayer } from './view/audio/soundCues';
import { startBackdrop } from './view/backdrop/startBackdrop';
import { startClock } from './view/clock';
import { MapBridge } from './view/mapBridge';
import { pageStorage, seedSource } from './view/pageSetup';
import { registerServiceWorker } from './view/serviceWorker';
import { t } from './view/strings/en';
import { exposeTestHooks } from './view/testHooks';
import { mountMapUi } from './view/ui/map/mountMapUi';
import { mountUi } from './view/ui/mountUi';

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`main: index.html has no #${id} element`);
  return element;
}

document.documentElement.lang = t('meta.lang');
document.querySelector('meta[name="description"]')?.setAttribute('content', t('meta.description'));
const link = readScenarioLink(window.location.hash);
const store = createAppStore({ storage: pageStorage(), newSeed: seedSource(window.location.search), link });
// A shared scenario link opens the choice of operation with it offered first; an address such as
// `#guide` opens that teachers' page; otherwise a reload mid-game carries on where it was (an unreadable save is explained on the title screen).
const teacherPage = teacherPageFromHash(window.location.hash);
if (link) store.getState().start();
else if (teacherPage) store.getState().openTeacherPage(teacherPage);
else if (store.getState().hasSave()) store.getState().resumeGame();
mountUi(requireElement('ui'), store);
// The map's controls (DOM) and the map scene (Phaser, loaded when a game needs it) talk through this bridge.
const mapBridge = new MapBridge();
mountMapUi(store, mapBridge);
exposeTestHooks(store, window.location.search);
startClock(store);
playCuesFromStore(store, createCuePlayer());

startBackdrop(requireElement('backdrop'), { store, bridge: mapBridge });
registerServiceWorker();
