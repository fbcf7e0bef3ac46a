import type { SimState } from '../model/state';
import { heatAfter } from './heat';
import { leakHazard } from './leakHazard';

/** How far ahead the game forecasts a leak for the player, in days. */
export const LEAK_FORECAST_DAYS = 30;

/** Today's chance (0–1) that a rumour that the handset is police starts, with `extraHeat` more suspicion than now. */
export function leakHazardToday(state: SimState, extraHeat = 0): number {
  const { risk, scale } = state.scenario;
  return leakHazard(
    risk,
    state.activeHandsets,
    scale,
    state.heat + extraHeat,
    policeContactsOnPlatform(state),
  );
}

/** The share (0–1) of the syndicates with a corrupt police contact that hold handsets. */
export function policeContactsOnPlatform(state: SimState): number {
  const { net } = state;
  let contacts = 0;
  let on = 0;
  for (let s = 0; s < net.syndicateCount; s++) {
    if (!net.policeContact[s]) continue;
    contacts++;
    if (state.activeBySyndicate[s] > 0) on++;
  }
  return contacts === 0 ? 0 : on / contacts;
}

/**
 * The chance (0–1) of a leak within `days` if the platform stayed its present size, with
 * `extraHeat` more suspicion than now, decaying as heat does: how the player weighs an action.
 */
export function leakForecast(state: SimState, days: number, extraHeat = 0): number {
  const { risk, scale } = state.scenario;
  const contacts = policeContactsOnPlatform(state);
  let safe = 1;
  for (let d = 0; d < days; d++) {
    const heat = heatAfter(state.scenario, state.heat + extraHeat, d);
    safe *= 1 - leakHazard(risk, state.activeHandsets, scale, heat, contacts);
  }
  return 1 - safe;
}
