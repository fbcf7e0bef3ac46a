import { ROLE } from '../model/roles';
import type { SimState } from '../model/state';
import { SCORE_WEIGHTS } from '../scoring/weights';
import { plannedArrestChance } from './arrest';
import { type Attempt, DismantleChance } from './dismantleChance';

/**
 * A dismantled syndicate against one expected conviction of role value 1, as the score weighs
 * them (both are scaled alike, so the scale drops out): a syndicate is worth a boss's conviction.
 */
const DISMANTLING_WORTH = SCORE_WEIGHTS.dismantledSyndicate / SCORE_WEIGHTS.conviction;

interface Target extends Attempt {
  /** The expected conviction, weighted by what the person's role is worth. */
  readonly value: number;
}

const strongestFirst = (a: Target, b: Target) => b.chance - a.chance || a.person - b.person;
const mostValuableFirst = (a: Target, b: Target) => b.value - a.value || a.person - b.person;

/** The boss, then the lieutenants (strongest case first), then everyone else, most valuable first. */
function coreFirst(role: Uint8Array) {
  const rank = (p: number) => Math.min(role[p], ROLE.broker);
  return (a: Target, b: Target) =>
    rank(a.person) - rank(b.person) ||
    (rank(a.person) < ROLE.broker ? strongestFirst : mostValuableFirst)(a, b);
}

/** One order to send a syndicate's teams in, and what each run of it is worth. */
class Order {
  readonly odds: DismantleChance;
  private readonly people: readonly Target[];
  /** Σ value of the first k. */
  private readonly valueSum: Float64Array;

  constructor(state: SimState, syndicate: number, already: readonly Target[], people: Target[]) {
    this.people = people;
    this.odds = new DismantleChance(state.net, syndicate, already, people);
    this.valueSum = new Float64Array(people.length + 1);
    people.forEach((t, i) => {
      this.valueSum[i + 1] = this.valueSum[i] + t.value;
    });
  }

  /**
   * Expected points (in conviction units) of going for the first k. Past the runs worked out
   * the chance of dismantling is taken as it last stood: never more than it is.
   */
  worth(k: number): number {
    const known = this.odds.chance.length - 1;
    return DISMANTLING_WORTH * this.odds.chance[Math.min(k, known)] + this.valueSum[k];
  }

  first(k: number): number[] {
    return this.people.slice(0, k).map((t) => t.person);
  }
}

/**
 * Two ways to bring a syndicate down, its core (the boss and half the lieutenants) or a third
 * of its members, so two orders to send its teams in; for each number of teams the better counts.
 */
class SyndicateOdds {
  private readonly orders: readonly Order[];
  /** Teams sent so far. */
  sent = 0;

  constructor(state: SimState, syndicate: number, already: readonly Target[], open: Target[], teams: number) {
    this.orders = [[...open].sort(coreFirst(state.net.role)), [...open].sort(strongestFirst)].map(
      (order) => new Order(state, syndicate, already, order.slice(0, teams)),
    );
    // Enough runs to see the core fall (and a third of a small syndicate); longer runs are
    // worked out when teams go that far.
    this.extend(2 * (1 + this.orders[0].odds.lieutenantsNeeded) + 4);
  }

  /** Runs of teams with their chance of dismantling worked out. */
  get known(): number {
    return this.orders[0].odds.chance.length - 1;
  }

  get length(): number {
    return this.orders[0].odds.length;
  }

  worth(k: number): number {
    return Math.max(this.orders[0].worth(k), this.orders[1].worth(k));
  }

  extend(k: number): void {
    for (const o of this.orders) o.odds.extend(k);
  }

  /** The step with the most worth per team, within `budget` more teams. */
  bestStep(budget: number): { to: number; gain: number } {
    let best = { to: this.sent, gain: 0 };
    const from = this.worth(this.sent);
    const last = Math.min(this.length, this.sent + budget);
    for (let to = this.sent + 1; to <= last; to++) {
      const gain = (this.worth(to) - from) / (to - this.sent);
      if (gain > best.gain) best = { to, gain };
    }
    return best;
  }

  /** Whom the teams sent go for. */
  people(): number[] {
    const k = this.sent;
    const [core, strength] = this.orders;
    return (core.worth(k) >= strength.worth(k) ? core : strength).first(k);
  }
}

/**
 * Up to `teams` of `open` (people nobody is going for yet) chosen for the syndicates they hold
 * together: teams go, a few at a time, wherever they add most per team to what the day can be
 * expected to achieve in the score's terms, syndicates dismantled and role-weighted convictions,
 * counting the people `already` gone for. A syndicate falls only whole (its core, or a third
 * of it), so a step may send several teams at once; teams left over go to the strongest cases.
 * Deterministic: ties go to the lower syndicate and person.
 */
export function keyPlayerTargets(
  state: SimState,
  open: readonly number[],
  teams: number,
  already: readonly number[],
): number[] {
  const { net } = state;
  const value = state.tables.roleValue;
  const bySyndicate = (people: readonly number[]) => {
    const by = new Map<number, Target[]>();
    for (const person of people) {
      const s = net.syndicateOf[person];
      const chance = plannedArrestChance(state, person);
      const list = by.get(s) ?? [];
      list.push({ person, chance, value: chance * value[net.role[person]] });
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
  const steps = odds.map((o) => o.bestStep(budget));
  const order: SyndicateOdds[] = [];
  while (budget > 0) {
    let pick = -1;
    for (let i = 0; i < odds.length; i++) {
      if (steps[i].to - odds[i].sent > budget) steps[i] = odds[i].bestStep(budget);
      if (steps[i].gain > 0 && (pick < 0 || steps[i].gain > steps[pick].gain)) pick = i;
    }
    if (pick < 0) break;
    const o = odds[pick];
    // A step past the runs worked out: work them out (it can only look better), then choose again.
    if (steps[pick].to > o.known) {
      o.extend(steps[pick].to);
      steps[pick] = o.bestStep(budget);
      continue;
    }
    if (o.sent === 0) order.push(o);
    budget -= steps[pick].to - o.sent;
    o.sent = steps[pick].to;
    steps[pick] = o.bestStep(budget);
  }
  const chosen = order.flatMap((o) => o.people());
  // Teams nobody is worth more to (roles a scenario values at nothing) still make arrests.
  const taken = new Set(chosen);
  const rest = [...openBy.values()].flat().filter((t) => !taken.has(t.person));
  return [
    ...chosen,
    ...rest
      .sort(strongestFirst)
      .slice(0, budget)
      .map((t) => t.person),
  ];
}
