import { soundEvidence } from '../intercepts/readAndTag';
import type { SimState } from '../state';
import { rankTargets, tryArrest } from './arrest';
import { convictionChance } from './convictionChance';
import { dismantledSyndicates } from './dismantled';
import { addSeizures, noSeizures, seizeStash } from './seize';
import type { TakedownResult } from './takedownResult';

/**
 * The coordinated day of action. Officers limit how many people can be raided
 * (a team per arrest); evidence decides who is worth a team and whether charges
 * stick. After the authorisation ends nothing intercepted can be used.
 */
export function runTakedown(state: SimState, countries: readonly string[], officers: number): TakedownResult {
  const { net, scenario } = state;
  const admissible = state.day <= scenario.days.authorisationEnd;
  const chosen = new Set(countries);
  const inScope = (p: number) => chosen.size === 0 || chosen.has(net.countries[net.countryOf[p]].iso2);
  const candidates: number[] = [];
  if (admissible) {
    for (let p = 0; p < net.size; p++) {
      if (state.evidence[p] > 0 && state.arrestedDay[p] < 0 && inScope(p)) candidates.push(p);
    }
  }
  const teams = Math.floor(officers / scenario.takedown.officersPerArrest);
  const rng = state.rng.takedown;
  const arrested: number[] = [];
  const hitSyndicates = new Set<number>();
  let expectedConvictions = 0;
  for (const p of rankTargets(state, candidates).slice(0, teams)) {
    if (!tryArrest(state, p, rng)) continue;
    arrested.push(p);
    hitSyndicates.add(net.syndicateOf[p]);
    // Wrong tags can send a team after someone, but they convict nobody.
    expectedConvictions += convictionChance(soundEvidence(state, p), scenario.takedown.evidenceScale);
  }
  const seized = noSeizures();
  for (const s of [...hitSyndicates].sort((a, b) => a - b)) seizeStash(state, s, seized);
  addSeizures(state.seized, seized);
  return {
    day: state.day,
    countries: [...countries],
    officers,
    admissible,
    arrested,
    expectedConvictions,
    seized,
    dismantled: dismantledSyndicates(state),
  };
}
