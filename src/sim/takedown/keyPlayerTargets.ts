import { ROLE } from '../model/roles';
import type { SimState } from '../model/state';
import { plannedArrestChance } from './arrest';
import { type Attempt, DismantleChance } from './dismantleChance';

/** Boss, then lieutenants, then everyone else; the strongest case first within each. */
function coreFirst(role: Uint8Array) {
  const rank = (p: number) => Math.min(role[p], ROLE.broker);
  return (a: Attempt, b: Attempt) => rank(a.person) - rank(b.person) || strongestFirst(a, b);
}

function strongestFirst(a: Attempt, b: Attempt): number {
  return b.chance - a.chance || a.person - b.person;
}

/**
 * Two ways to bring a syndicate down, its core (the boss and half the lieutenants) or a third
 * of its members, so two orders to send teams in; for each number of teams the better counts.
 */
class SyndicateOdds {
  private readonly core: DismantleChance;
  private readonly strength: DismantleChance;
  /** Teams sent so far. */
  sent = 0;

  constructor(
    state: SimState,
    syndicate: number,
    already: readonly Attempt[],
    open: Attempt[],
    teams: number,
  ) {
    const { net } = state;
    const byCore = [...open].sort(coreFirst(net.role)).slice(0, teams);
    const byStrength = [...open].sort(strongestFirst).slice(0, teams);
    this.core = new DismantleChance(net, syndicate, already, byCore);
    this.strength = new DismantleChance(net, syndicate, already, byStrength);
  }

  /** How many more teams have their chance worked out. */
  get known(): number {
    return this.core.chance.length - 1;
  }

  get length(): number {
    return this.core.length;
  }

  chance(k: number): number {
    return Math.max(this.core.chance[k], this.strength.chance[k]);
  }

  /** Most chance gained per team by any number of teams not yet worked out, at most. */
  unknownGain(budget: number): number {
    if (this.known >= Math.min(this.length, this.sent + budget)) return 0;
    const bound = Math.max(this.core.bound, this.strength.bound);
    return (bound - this.chance(this.sent)) / (this.known + 1 - this.sent);
  }

  /** Works out twice as many steps (at least a few more). */
  grow(): void {
    const k = Math.max(2 * this.known, this.known + 4);
    this.core.extend(k);
    this.strength.extend(k);
  }

  /** The worked-out step with the most chance per team, within `budget` more teams. */
  bestStep(budget: number): { to: number; gain: number } {
    let best = { to: this.sent, gain: 0 };
    const from = this.chance(this.sent);
    for (let to = this.sent + 1; to <= this.known && to - this.sent <= budget; to++) {
      const gain = (this.chance(to) - from) / (to - this.sent);
      if (gain > best.gain) best = { to, gain };
    }
    return best;
  }

  people(): number[] {
    const k = this.sent;
    const order = this.core.chance[k] >= this.strength.chance[k] ? this.core : this.strength;
    return order.people(k);
  }
}

/**
 * Up to `teams` of `open` (people nobody is going for yet) chosen to dismantle as many
 * syndicates as can be expected: teams go, a few at a time, wherever they add most to the
 * expected number of syndicates dismantled per team, counting the people `already` gone for.
 * A syndicate has to be taken whole (its core, or a third of it) before it falls, so a step
 * may send several teams at once. Teams no syndicate needs go to the strongest cases, weighted
 * by what each role is worth. Deterministic: ties go to the lower syndicate and person.
 */
export function keyPlayerTargets(
  state: SimState,
  open: readonly number[],
  teams: number,
  already: readonly number[],
): number[] {
  const { net } = state;
  const bySyndicate = (people: readonly number[]) => {
    const by = new Map<number, Attempt[]>();
    for (const person of people) {
      const s = net.syndicateOf[person];
      const list = by.get(s) ?? [];
      list.push({ person, chance: plannedArrestChance(state, person) });
      by.set(s, list);
    }
    return by;
  };
  const openBy = bySyndicate(open);
  const alreadyBy = bySyndicate(already);
  const syndicates = [...openBy.keys()].sort((a, b) => a - b);
  const odds = syndicates.map(
    (s) => new SyndicateOdds(state, s, alreadyBy.get(s) ?? [], openBy.get(s)!, teams),
  );
  let budget = teams;
  for (const o of odds) o.grow();
  let steps = odds.map((o) => o.bestStep(budget));
  const order: SyndicateOdds[] = [];
  while (budget > 0) {
    let pick = -1;
    for (let i = 0; i < odds.length; i++) {
      if (steps[i].to - odds[i].sent > budget) steps[i] = odds[i].bestStep(budget);
      if (steps[i].gain > 0 && (pick < 0 || steps[i].gain > steps[pick].gain)) pick = i;
    }
    // A syndicate whose longer runs of teams are not worked out yet might still do better.
    const best = pick < 0 ? 0 : steps[pick].gain;
    const unsure = odds.findIndex((o) => o.unknownGain(budget) > best);
    if (unsure >= 0) {
      odds[unsure].grow();
      steps = steps.map((s, i) => (i === unsure ? odds[i].bestStep(budget) : s));
      continue;
    }
    if (pick < 0) break;
    const o = odds[pick];
    if (o.sent === 0) order.push(o);
    budget -= steps[pick].to - o.sent;
    o.sent = steps[pick].to;
    steps[pick] = o.bestStep(budget);
  }
  const chosen = order.flatMap((o) => o.people());
  const taken = new Set(chosen);
  const value = state.tables.roleValue;
  const rest = open
    .filter((p) => !taken.has(p))
    .map((p) => ({ p, v: plannedArrestChance(state, p) * value[net.role[p]] }))
    .sort((a, b) => b.v - a.v || a.p - b.p)
    .slice(0, budget)
    .map((t) => t.p);
  return [...chosen, ...rest];
}
