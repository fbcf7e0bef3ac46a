import { randomActiveHolder } from '../activity/criminalEvents';
import type { SimState } from '../model/state';
import { nextFloat, nextInt } from '../random/rng';
import { takeOffPlatform } from '../spread/holders';
import { leakHazardToday } from './leakForecast';

const FIRST_HEARERS = 5;
/** People pass the rumour on for about two weeks after hearing it, then stop talking about it. */
const RUMOUR_TALK_DAYS = 14;

/**
 * Draws today's suspicion: the leak hazard starts a rumour that the phone is police, which
 * becomes a public exposure `risk.warningDays` later (the rumour shows in intercepts meanwhile,
 * see rumourMessages). Returns true on the day the handset is exposed. The day's draw comes from
 * its own stream, one a day whatever else happened, so the same seed brings the same luck to
 * different plays and their leak risks can be compared.
 */
export function maybeLeak(state: SimState): boolean {
  if (state.leakDay >= 0) return false;
  if (state.warningDay < 0) {
    const luck = nextFloat(state.rng.leak);
    if (luck < leakHazardToday(state)) startWarning(state);
    return false;
  }
  if (state.day < state.leakDueDay) return false;
  state.leakDay = state.day;
  for (let k = 0; k < FIRST_HEARERS; k++) {
    const p = randomActiveHolder(state, state.rng.risk);
    if (p >= 0 && state.rumourDay[p] < 0) state.rumourDay[p] = state.day;
  }
  return true;
}

function startWarning(state: SimState): void {
  const { min, max } = state.scenario.risk.warningDays;
  state.warningDay = state.day;
  state.leakDueDay = state.day + min + nextInt(state.rng.leak, max - min + 1);
}

/** Whether holders are passing round the rumour that the phone is police (before and after it is public). */
export function rumourGoingRound(state: SimState): boolean {
  return state.warningDay >= 0;
}

/**
 * After a leak, "dump your phone" passes along ties; holders who hear it go dark
 * a few days later and people who hear it never take a handset.
 */
export function rumourDay(state: SimState): void {
  if (state.leakDay < 0) return;
  const { net, rumourDay: heard, scenario } = state;
  const { offsets, neighbors } = net;
  const rng = state.rng.risk;
  const p = scenario.risk.rumourPerTieDay;
  const fresh: number[] = [];
  for (let v = 0; v < net.size; v++) {
    const since = heard[v];
    if (since < 0 || since === state.day || state.day - since > RUMOUR_TALK_DAYS) continue;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbors[k];
      if (heard[u] < 0 && nextFloat(rng) < p) {
        heard[u] = state.day;
        fresh.push(u);
      }
    }
  }
  const darkAfter = scenario.risk.darkAfterDays;
  for (let i = 0; i < state.holderCount; i++) {
    const h = state.holders[i];
    if (
      heard[h] >= 0 &&
      state.day - heard[h] >= darkAfter &&
      state.darkDay[h] < 0 &&
      state.arrestedDay[h] < 0
    ) {
      state.darkDay[h] = state.day;
      takeOffPlatform(state, h);
    }
  }
}
