import type { Seizures, SimState } from '../model/state';

export function noSeizures(): Seizures {
  return { cocaineKg: 0, otherDrugsKg: 0, guns: 0, cashGBP: 0 };
}

/** Seizes the known stash of a syndicate hit by arrests; after a leak most of it has moved. */
export function seizeStash(state: SimState, syndicate: number, into: Seizures): void {
  const { seizureShare, afterLeakRetention } = state.scenario.takedown;
  const share = seizureShare * (state.leakDay >= 0 ? afterLeakRetention : 1);
  const stash = state.knownStash;
  into.cocaineKg += stash.cocaineKg[syndicate] * share;
  into.otherDrugsKg += stash.otherDrugsKg[syndicate] * share;
  into.guns += stash.guns[syndicate] * share;
  into.cashGBP += stash.cashGBP[syndicate] * share;
  stash.cocaineKg[syndicate] *= 1 - share;
  stash.otherDrugsKg[syndicate] *= 1 - share;
  stash.guns[syndicate] *= 1 - share;
  stash.cashGBP[syndicate] *= 1 - share;
}

export function addSeizures(total: Seizures, more: Seizures): void {
  total.cocaineKg += more.cocaineKg;
  total.otherDrugsKg += more.otherDrugsKg;
  total.guns += more.guns;
  total.cashGBP += more.cashGBP;
}
