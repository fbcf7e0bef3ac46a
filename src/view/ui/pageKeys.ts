import type { AppStore } from '../../store/appStore';
import { onInboxKey } from './inbox/inboxKey';
import { onPlayKey } from './play/playKeys';
import { onPresenterKey } from './presenter/usePresenterMode';

/**
 * The page's keys, bound once when the UI mounts, never per screen: a screen's keys work from the
 * moment it shows, however fast the next key comes (a handler bound in an effect after mount would
 * miss a key pressed before the effect ran). Which handler a key goes to is read from the store
 * when the key is pressed. The presenter's keys are caught first, on the way down, so an arrow
 * never pans the map; the play screen's and the inbox's on the way up, after the map's own keys.
 */
export function bindPageKeys(store: AppStore): void {
  const catchFirst = (event: KeyboardEvent) => onPresenterKey(event, store.getState());
  const onKey = (event: KeyboardEvent) => {
    const state = store.getState();
    if (state.screen !== 'play' || state.game === null) return;
    onInboxKey(event, state);
    onPlayKey(event, state);
  };
  window.addEventListener('keydown', catchFirst, true);
  document.addEventListener('keydown', onKey);
}
