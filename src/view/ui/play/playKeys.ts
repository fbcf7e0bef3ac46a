import type { AppState } from '../../../store/appStore';
import type { Speed, Turn } from '../../../store/gameSlice';
import { playsInTurns, waitingForPlayer } from '../../../store/selectors/clockGate';

const speedKeys: Record<string, Speed> = { h: 0.5, '1': 1, '2': 2, '4': 4 };
const turnKeys: Record<string, Turn> = { d: 'day', w: 'week', e: 'event' };

/**
 * The play screen's keys (listed for players in KeyList; pageKeys.ts binds them): Space or K
 * pauses and resumes, H/1/2/4 set the speed (½×, 1×, 2×, 4×); in turn mode those are off and D, W
 * and E play a day, a week, or to the next event. S seeds, A sets the analysts' focus, T plans the
 * takedown, M mutes. They are off while a dialog waits for an answer and while typing; Space on a
 * button presses the button. The map's own keys (arrows, + and −, 0, N, P, Enter, Escape) are left
 * to it. With the player's letter keys switched off (prefsSlice) only Space is left.
 */
export function onPlayKey(event: KeyboardEvent, state: AppState): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (state.game === null || waitingForPlayer(state)) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, select, textarea, [contenteditable]')) return;
  const over = state.game.figures.over;
  const key = event.key.toLowerCase();
  if (!state.letterKeys && key !== ' ') return;
  // In presenter mode the policy makes the moves (presenter/usePresenterMode.ts has the keys).
  if (state.presenter !== null && (key === 's' || key === 'a' || key === 't')) return;
  if (key === ' ' && target?.closest('button, a, summary')) return;
  const turns = playsInTurns(state);
  if ((key === ' ' || key === 'k') && !over && !turns) state.togglePause();
  else if (key in speedKeys && !over && !turns) state.setSpeed(speedKeys[key]);
  else if (key in turnKeys && !over && turns) state.advanceTurn(turnKeys[key]);
  else if (key === 's' && !over) state.openDialog({ kind: 'seed' });
  else if (key === 'a' && !over) state.openDialog({ kind: 'analysts' });
  else if (key === 't' && !over) state.planTakedown();
  else if (key === 'm') state.toggleMuted();
  else return;
  event.preventDefault();
}
