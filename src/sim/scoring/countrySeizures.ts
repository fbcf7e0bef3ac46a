import type { Seizures, SimState } from '../model/state';

/**
 * What the takedown seized in one country. The takedown records only world totals,
 * so this works back from the stashes it left: seizeStash took `share` of each hit
 * syndicate's stash and left (1 − share), so what it took is left × share / (1 − share).
 * Exact for the takedown (raids before it are not included); a unit test checks the
 * countries add up to the takedown's own total. Null when it cannot be worked out
 * (a scenario that seizes whole stashes leaves nothing to work back from).
 */
export function takedownSeizuresIn(state: SimState, iso2: string): Seizures | null {
  const out: Seizures = { cocaineKg: 0, otherDrugsKg: 0, guns: 0, cashGBP: 0 };
  const { takedown, net, scenario } = state;
  if (!takedown) return out;
  const { seizureShare, afterLeakRetention } = scenario.takedown;
  const share = seizureShare * (state.leakDay >= 0 ? afterLeakRetention : 1);
  if (share >= 1) return null;
  const factor = share / (1 - share);
  const hit = new Set<number>();
  for (const p of takedown.arrested) hit.add(net.syndicateOf[p]);
  const stash = state.knownStash;
  for (const s of hit) {
    if (net.countries[net.syndicateCountry[s]].iso2 !== iso2) continue;
    out.cocaineKg += stash.cocaineKg[s] * factor;
    out.otherDrugsKg += stash.otherDrugsKg[s] * factor;
    out.guns += stash.guns[s] * factor;
    out.cashGBP += stash.cashGBP[s] * factor;
  }
  return out;
}
