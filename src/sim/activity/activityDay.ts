import { isAdmissible } from '../law/authorisation';
import type { SimState } from '../model/state';
import { chance } from '../random/rng';
import { takeOffPlatform } from '../spread/holders';

/**
 * Traffic is simulated in aggregate: each active handset sends its expected number
 * of messages, a role-dependent share incriminating; what analysts read becomes
 * evidence, and only while the interception is authorised. Bosses and lieutenants talk in
 * code, so only their plain-speech share counts (more where analysts are focused); the rest
 * needs a person to read and tag it (readAndTag.ts). Holders may also drop
 * the platform when the task force's actions make the underworld suspicious.
 */
export function activityDay(state: SimState, coverage: Float64Array): void {
  const { net, scenario, holders, incriminating, evidence, messagesRead } = state;
  const rate = scenario.activity.messagesPerDeviceDay;
  const share = state.tables.incriminatingShare;
  const admissible = isAdmissible(state);
  const plain = plainSpeechBySyndicateAndRole(state);
  const roles = state.tables.plainSpeech.length;
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
    if (admissible) evidence[p] += bad * covered * plain[net.syndicateOf[p] * roles + net.role[p]];
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

/**
 * The share of a role's incriminating talk analysts can use without a person decoding it: its
 * plain speech, and at least `activity.focusedPlainSpeech` in a syndicate they focus on.
 */
export function usableTalkShare(state: SimState, role: number, focused: boolean): number {
  const plain = state.tables.plainSpeech[role];
  return focused ? Math.max(plain, state.scenario.activity.focusedPlainSpeech) : plain;
}

/** The share of talk analysts can use, by syndicate and role (row-major), focus applied. */
function plainSpeechBySyndicateAndRole(state: SimState): Float64Array {
  const table = state.tables.plainSpeech;
  const roles = table.length;
  const plain = new Float64Array(state.net.syndicateCount * roles);
  for (let s = 0; s < state.net.syndicateCount; s++) plain.set(table, s * roles);
  for (const s of state.analystFocus)
    for (let r = 0; r < roles; r++) plain[s * roles + r] = usableTalkShare(state, r, true);
  return plain;
}
