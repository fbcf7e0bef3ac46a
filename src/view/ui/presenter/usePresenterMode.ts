import { useLayoutEffect } from 'preact/hooks';
import type { AppState } from '../../../store/appStore';
import { useAppStore } from '../storeContext';

/** Where the presenter's keys give way: typing, the inbox's own keys, a dialog. */
const KEEPS_ITS_KEYS = 'input, select, textarea, [contenteditable], .inbox, dialog';

/** While a presentation lasts the page's type is large: `data-presenter` on <html> (styles/presenter.css). */
export function usePresenterMode(): void {
  const presenting = useAppStore((s) => s.presenter !== null);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presenter = 'true';
    else delete root.dataset.presenter;
  }, [presenting]);
}

/**
 * The presenter's keys while a presentation lasts (pageKeys.ts binds them, ahead of the map and the
 * play screen's keys, so an arrow never pans the map instead): Space pauses and resumes, the
 * arrows step the speed (→ ↑ faster, ← ↓ slower) and Escape leaves for the title.
 */
export function onPresenterKey(event: KeyboardEvent, state: AppState): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (state.presenter === null) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(KEEPS_ITS_KEYS)) return;
  const playing = state.screen === 'play';
  const key = event.key;
  if (key === 'Escape') state.stopPresentation();
  else if (!playing) return;
  else if (key === ' ' || key === 'k' || key === 'K') {
    // Space on a button presses the button.
    if (key === ' ' && target?.closest('button, a, summary')) return;
    state.togglePause();
  } else if (key === 'ArrowRight' || key === 'ArrowUp') state.faster();
  else if (key === 'ArrowLeft' || key === 'ArrowDown') state.slower();
  else return;
  event.preventDefault();
  event.stopPropagation();
}
