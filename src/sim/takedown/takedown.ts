import { isAdmissible } from '../law/authorisation';
import type { SimState } from '../model/state';
import { tryArrest } from './arrest';
import { courtChance } from './convictionChance';
import { dismantledSyndicates } from './dismantled';
import { addSeizures, noSeizures, seizeStash } from './seize';
import type { TakedownResult } from './takedownResult';
import { takedownTargets } from './targets';

/**
 * The coordinated day of action. Officers limit how many people can be raided
 * (a team per arrest); evidence decides who is worth a team and whether charges
 * stick. After the authorisation ends nothing intercepted can be used.
 */
export function runTakedown(state: SimState, countries: readonly string[], officers: number): TakedownResult {
  const { net } = state;
  const rng = state.rng.takedown;
  const arrested: number[] = [];
  const hitSyndicates = new Set<number>();
  let expectedConvictions = 0;
  for (const p of takedownTargets(state, countries, officers)) {
    if (!tryArrest(state, p, rng)) continue;
    arrested.push(p);
    hitSyndicates.add(net.syndicateOf[p]);
    // Wrong tags can send a team after someone, but they convict nobody.
    expectedConvictions += courtChance(state, p);
  }
  const seized = noSeizures();
  for (const s of [...hitSyndicates].sort((a, b) => a - b)) seizeStash(state, s, seized);
  addSeizures(state.seized, seized);
  return {
    day: state.day,
    countries: [...countries],
    officers,
    admissible: isAdmissible(state),
    arrested,
    expectedConvictions,
    seized,
    dismantled: dismantledSyndicates(state),
  };
}
