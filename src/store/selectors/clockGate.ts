import type { AppState } from '../appStore';

/** Something on screen waits for the player's answer (a dialog, a threat, a notice). */
export function waitingForPlayer(state: AppState): boolean {
  const { game } = state;
  return state.dialog !== null || (game !== null && (game.openThreats.length > 0 || game.notices.length > 0));
}

/** Whether the play clock may advance: playing, a speed chosen, nothing waiting for the player. */
export function clockRuns(state: AppState): boolean {
  // Presenter mode: the policy answers alerts itself, and the days after the run's end still pass
  // (its last captions stay up for them) until the debrief.
  if (state.presenter !== null)
    return state.screen === 'play' && state.speed > 0 && state.game !== null && state.dialog === null;
  return (
    state.screen === 'play' &&
    state.playMode === 'clock' &&
    state.speed > 0 &&
    state.game !== null &&
    !state.game.figures.over &&
    !waitingForPlayer(state)
  );
}

/** The player plays turns (presenter mode always runs on the clock). */
export function playsInTurns(state: AppState): boolean {
  return state.playMode === 'turns' && state.presenter === null;
}

/** Whether a turn can be played now: in turn mode, playing, nothing waiting for the player. */
export function turnPlayable(state: AppState): boolean {
  return (
    playsInTurns(state) &&
    state.screen === 'play' &&
    state.game !== null &&
    !state.game.figures.over &&
    !waitingForPlayer(state)
  );
}
