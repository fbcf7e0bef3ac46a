import { isAdmissible } from '../law/authorisation';
import type { SimState } from '../model/state';
import { nextFloat } from '../random/rng';
import { tryArrest } from './arrest';
import { courtChance } from './convictionChance';
import { dismantledSyndicates } from './dismantled';
import type { TakedownOrders } from './orders';
import { addSeizures, noSeizures, seizeStash } from './seize';
import type { TakedownResult } from './takedownResult';
import { plannedTakedown } from './targets';

/**
 * The coordinated day of action. The countries in the plan bring their officers, and officers
 * limit how many people can be raided (a team per arrest); the orders say whom the teams go
 * for, evidence whether charges stick. Every partner country is more people who know: first
 * one draw says whether someone warned the targets. After the authorisation ends nothing
 * intercepted can be used.
 */
export function runTakedown(state: SimState, orders: TakedownOrders): TakedownResult {
  const { net } = state;
  const rng = state.rng.takedown;
  const plan = plannedTakedown(state, orders);
  const warned = nextFloat(rng) < plan.warningChance;
  const arrested: number[] = [];
  const hitSyndicates = new Set<number>();
  let expectedConvictions = 0;
  for (const p of plan.targets) {
    if (!tryArrest(state, p, rng, warned)) continue;
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
    countries: [...orders.countries],
    officers: plan.officers,
    priority: orders.priority ?? 'key-player',
    people: [...(orders.people ?? [])],
    syndicates: [...(orders.syndicates ?? [])],
    warned,
    admissible: isAdmissible(state),
    arrested,
    expectedConvictions,
    seized,
    dismantled: dismantledSyndicates(state),
  };
}
