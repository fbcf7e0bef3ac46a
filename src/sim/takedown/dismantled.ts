import { ROLE } from '../roles';
import type { SimState } from '../state';

/**
 * A syndicate is dismantled when its core is gone (the boss and at least half the
 * lieutenants arrested) or when a third of its members are arrested and it splits.
 */
export function dismantledSyndicates(state: SimState): number[] {
  const { net, arrestedDay } = state;
  const dismantled: number[] = [];
  for (let s = 0; s < net.syndicateCount; s++) {
    const start = net.firstMember[s];
    const end = net.firstMember[s + 1];
    let lieutenants = 0;
    let lieutenantsArrested = 0;
    let arrested = 0;
    for (let p = start; p < end; p++) {
      const isArrested = arrestedDay[p] >= 0;
      if (isArrested) arrested++;
      if (net.role[p] === ROLE.lieutenant) {
        lieutenants++;
        if (isArrested) lieutenantsArrested++;
      }
    }
    const coreGone = arrestedDay[start] >= 0 && lieutenantsArrested * 2 >= lieutenants;
    if (coreGone || arrested * 3 >= end - start) dismantled.push(s);
  }
  return dismantled;
}
