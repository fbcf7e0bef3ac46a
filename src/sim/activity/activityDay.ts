import { isAdmissible } from '../law/authorisation';
import type { SimState } from '../model/state';
import { chance } from '../random/rng';
import { takeOffPlatform } from '../spread/holders';

/**
 * Traffic is simulated in aggregate: each active handset sends its expected number
 * of messages, a role-dependent share incriminating; what analysts read becomes
 * evidence, and only while the interception is authorised. Holders may also drop
 * the platform when the task force's actions make the underworld suspicious.
 */
export function activityDay(state: SimState, coverage: Float64Array): void {
  const { net, scenario, holders, incriminating, evidence, messagesRead } = state;
  const rate = scenario.activity.messagesPerDeviceDay;
  const share = state.tables.incriminatingShare;
  const admissible = isAdmissible(state);
  const dropOut = scenario.spread.dropOutPerHeat * state.heat;
  const rng = state.rng.risk;
  let read = 0;
  let sent = 0;
  for (let i = 0; i < state.holderCount; i++) {
    const p = holders[i];
    if (state.darkDay[p] >= 0 || state.arrestedDay[p] >= 0) continue;
    const covered = coverage[net.syndicateOf[p]];
    const bad = rate * share[net.role[p]];
    incriminating[p] += bad;
    if (admissible) evidence[p] += bad * covered;
    messagesRead[p] += rate * covered;
    read += rate * covered;
    sent += rate;
    if (dropOut > 0 && chance(rng, dropOut)) {
      state.darkDay[p] = state.day;
      takeOffPlatform(state, p);
    }
  }
  state.messages += sent;
  state.messagesAnalysed += read;
}
