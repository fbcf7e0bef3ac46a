import type { SimState } from '../model/state';

/** A person starts using a handset: their contacts now feel the pull of the platform. */
export function giveHandset(state: SimState, person: number): void {
  const { net } = state;
  state.adoptedDay[person] = state.day;
  state.holders[state.holderCount++] = person;
  const syndicate = net.syndicateOf[person];
  if (state.syndicateReachedDay[syndicate] < 0) state.syndicateReachedDay[syndicate] = state.day;
  const country = net.countryOf[person];
  if (state.countryReachedDay[country] < 0) state.countryReachedDay[country] = state.day;
  setActive(state, person, 1);
}

/** A holder stops using the handset (went dark or was arrested). */
export function takeOffPlatform(state: SimState, person: number): void {
  setActive(state, person, -1);
}

function setActive(state: SimState, person: number, sign: 1 | -1): void {
  const { net, pressure, activeContacts } = state;
  const { offsets, neighbors, weights } = net;
  for (let k = offsets[person]; k < offsets[person + 1]; k++) {
    const v = neighbors[k];
    pressure[v] += sign * weights[k];
    activeContacts[v] += sign;
  }
  state.activeHandsets += sign;
  state.activeBySyndicate[net.syndicateOf[person]] += sign;
}
