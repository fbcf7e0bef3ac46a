import { ROLE } from '../model/roles';
import type { SimState } from '../model/state';

/**
 * A syndicate is dismantled when its core is gone (the boss and at least half the
 * lieutenants arrested) or when a third of its members are arrested and it splits.
 * One rule, shared by the takedown and by the scoring of hypothetical arrest sets.
 */
export function isDismantled(
  bossArrested: boolean,
  lieutenantsArrested: number,
  lieutenants: number,
  arrested: number,
  size: number,
): boolean {
  const coreGone = bossArrested && lieutenantsArrested * 2 >= lieutenants;
  return coreGone || arrested * 3 >= size;
}

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
    if (isDismantled(arrestedDay[start] >= 0, lieutenantsArrested, lieutenants, arrested, end - start))
      dismantled.push(s);
  }
  return dismantled;
}
