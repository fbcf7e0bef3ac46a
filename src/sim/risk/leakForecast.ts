import type { SimState } from '../model/state';
import { heatAfter } from './heat';
import { type Exposure, leakHazard } from './leakHazard';

/** How far ahead the game forecasts a leak for the player, in days. */
export const LEAK_FORECAST_DAYS = 30;

/** Today's chance (0–1) that a rumour that the handset is police starts, with `extraHeat` more suspicion than now. */
export function leakHazardToday(state: SimState, extraHeat = 0): number {
  return leakHazard(state.scenario.risk, exposureOn(state, state.day, state.heat + extraHeat));
}

function exposureOn(state: SimState, day: number, heat: number): Exposure {
  const { scale, days } = state.scenario;
  return {
    activeHandsets: state.activeHandsets,
    scale,
    heat,
    policeContactsOnPlatform: policeContactsOnPlatform(state),
    age: ageOn(day, days.authorisationEnd),
  };
}

/** The platform's age on `day`, as a share of the authorisation's length. */
function ageOn(day: number, authorisationEnd: number): number {
  return Math.min(1, day / Math.max(1, authorisationEnd));
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
  // The platform is taken as it is today; only the heat decays and the platform ages.
  const today = exposureOn(state, state.day, state.heat + extraHeat);
  const { authorisationEnd } = state.scenario.days;
  let safe = 1;
  for (let d = 0; d < days; d++) {
    const heat = heatAfter(state.scenario, state.heat + extraHeat, d);
    const age = ageOn(state.day + d, authorisationEnd);
    safe *= 1 - leakHazard(state.scenario.risk, { ...today, heat, age });
  }
  return 1 - safe;
}
