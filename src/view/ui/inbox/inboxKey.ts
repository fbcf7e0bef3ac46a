import type { AppState } from '../../../store/appStore';
import { waitingForPlayer } from '../../../store/selectors/clockGate';
import { LIST_ID, TOGGLE_ID } from './ids';

/**
 * I opens and closes the inbox from anywhere on the play screen (not while typing or while a
 * dialog waits); pageKeys.ts binds it.
 */
export function onInboxKey(event: KeyboardEvent, state: AppState): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key !== 'i' && event.key !== 'I') return;
  if (state.game === null || waitingForPlayer(state) || !state.letterKeys) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, select, textarea, [contenteditable]')) return;
  event.preventDefault();
  const opening = !state.inboxOpen;
  state.setInboxOpen(opening);
  // Opening puts the keyboard in the list; closing returns it to the button.
  requestAnimationFrame(() => document.getElementById(opening ? LIST_ID : TOGGLE_ID)?.focus());
}
