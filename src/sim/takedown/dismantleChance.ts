import { ROLE } from '../model/roles';
import type { Network } from '../network/network';
import { isDismantled } from './dismantled';

/** A member a team goes for, and the chance the team arrests them. */
export interface Attempt {
  readonly person: number;
  readonly chance: number;
}

/**
 * The chance a syndicate ends up dismantled when teams go for `already` and then, one by one,
 * for the people of `order` (all its members), each arrest happening on its own with its
 * chance. `chance[k]` is the chance once the first k of `order` have been gone for (`chance[0]`:
 * `already` only); it is worked out only as far as asked (`extend`), so a planner pays only
 * for the runs of teams it considers.
 *
 * The distribution of (boss arrested, lieutenants arrested, members arrested) is carried
 * exactly; counts are capped where the rule is met (half the lieutenants, a third of the
 * members), and members are not counted at all when too few are gone for to make a third,
 * which keeps it small and changes no verdict of isDismantled.
 */
export class DismantleChance {
  readonly chance: number[] = [];
  private readonly order: readonly Attempt[];
  private readonly start: number;
  private readonly role: Uint8Array;
  /** Lieutenants that must be arrested, with the boss, for the core to be gone. */
  readonly lieutenantsNeeded: number;
  private readonly needMembers: number;
  private readonly lSpan: number;
  private readonly mSpan: number;
  private readonly verdict: Uint8Array;
  private from: Float64Array;
  private to: Float64Array;
  private bosses = 1;
  private topL = 0;
  private topM = 0;

  constructor(net: Network, syndicate: number, already: readonly Attempt[], order: readonly Attempt[]) {
    this.order = order;
    this.role = net.role;
    this.start = net.firstMember[syndicate];
    const size = net.firstMember[syndicate + 1] - this.start;
    let lieutenants = 0;
    for (let p = this.start; p < this.start + size; p++) if (net.role[p] === ROLE.lieutenant) lieutenants++;
    const third = Math.ceil(size / 3);
    this.lieutenantsNeeded = Math.ceil(lieutenants / 2);
    // A third of the members out of reach of every attempt: only the core can bring it down.
    this.needMembers = already.length + order.length >= third ? third : 0;
    this.lSpan = this.lieutenantsNeeded + 1;
    this.mSpan = this.needMembers + 1;
    const cells = 2 * this.lSpan * this.mSpan;
    this.verdict = new Uint8Array(cells);
    for (let boss = 0; boss < 2; boss++)
      for (let l = 0; l < this.lSpan; l++)
        for (let m = 0; m < this.mSpan; m++)
          this.verdict[this.cell(boss, l, m)] = isDismantled(boss === 1, l, lieutenants, m, size) ? 1 : 0;
    this.from = new Float64Array(cells);
    this.to = new Float64Array(cells);
    this.from[0] = 1;
    for (const attempt of already) this.add(attempt);
    this.chance.push(this.fallen());
  }

  /** How many of the order can be gone for. */
  get length(): number {
    return this.order.length;
  }

  /** Works the chance out for the first `k` of the order (at most all of it). */
  extend(k: number): void {
    while (this.chance.length <= Math.min(k, this.order.length)) {
      this.add(this.order[this.chance.length - 1]);
      this.chance.push(this.fallen());
    }
  }

  private cell(boss: number, l: number, m: number): number {
    return (boss * this.lSpan + l) * this.mSpan + m;
  }

  private add({ person, chance }: Attempt): void {
    const isBoss = person === this.start ? 1 : 0;
    const isLieutenant = this.role[person] === ROLE.lieutenant ? 1 : 0;
    const { lieutenantsNeeded, needMembers, from, to } = this;
    this.bosses = Math.max(this.bosses, 1 + isBoss);
    this.topL = Math.min(lieutenantsNeeded, this.topL + isLieutenant);
    this.topM = Math.min(needMembers, this.topM + 1);
    // Only the counts reached so far can hold any chance: the loops stay within them.
    for (let boss = 0; boss < this.bosses; boss++)
      for (let l = 0; l <= this.topL; l++)
        to.fill(0, this.cell(boss, l, 0), this.cell(boss, l, this.topM + 1));
    for (let boss = 0; boss < this.bosses; boss++)
      for (let l = 0; l <= this.topL; l++) {
        const row = this.cell(boss, l, 0);
        const hitRow = this.cell(boss | isBoss, Math.min(lieutenantsNeeded, l + isLieutenant), 0);
        for (let m = 0; m <= this.topM; m++) {
          const mass = from[row + m];
          if (mass === 0) continue;
          to[row + m] += mass * (1 - chance);
          to[hitRow + (m < needMembers ? m + 1 : m)] += mass * chance;
        }
      }
    this.from = to;
    this.to = from;
  }

  private fallen(): number {
    let chance = 0;
    for (let i = 0; i < this.verdict.length; i++) if (this.verdict[i] === 1) chance += this.from[i];
    return chance;
  }
}
