import type { SimState } from '../model/state';
import { heatAfter } from './heat';
import { leakHazard } from './leakHazard';

/** How far ahead the game forecasts a leak for the player, in days. */
export const LEAK_FORECAST_DAYS = 30;

/** Today's chance (0–1) that the handset is exposed, with `extraHeat` more suspicion than now. */
export function leakHazardToday(state: SimState, extraHeat = 0): number {
  const { risk, scale } = state.scenario;
  return leakHazard(risk, state.activeHandsets, scale, state.heat + extraHeat);
}

/**
 * The chance (0–1) of a leak within `days` if the platform stayed its present size, with
 * `extraHeat` more suspicion than now, decaying as heat does: how the player weighs an action.
 */
export function leakForecast(state: SimState, days: number, extraHeat = 0): number {
  const { risk, scale } = state.scenario;
  let safe = 1;
  for (let d = 0; d < days; d++) {
    const heat = heatAfter(state.scenario, state.heat + extraHeat, d);
    safe *= 1 - leakHazard(risk, state.activeHandsets, scale, heat);
  }
  return 1 - safe;
}
