import { soundEvidence } from '../../intercepts/readAndTag';
import { ROLE } from '../../model/roles';
import type { SimState } from '../../model/state';
import { courtChance } from '../../takedown/convictionChance';
import { isDismantled } from '../../takedown/dismantled';
import { dismantlingPoints, personConvictionPoints, pointsPerCrossTie } from '../arrestPoints';
import { crossTiesCut, openCrossTies } from '../crossTies';
import { MoveHeap } from './moveHeap';

/**
 * Targets need evidence a court would more likely than not convict on, unless the
 * player's own arrests held with less: the alternative is never held to a stricter
 * standard than the arrests it is compared with, so those arrests are always among
 * its candidates.
 */
export const MIN_CONVICTION_CHANCE = 0.5;

export interface KeyPlayerSearch {
  /** The chosen people, in the order the search took them. */
  readonly people: readonly number[];
  /** How many people were eligible targets. */
  readonly candidates: number;
  /** The conviction chance a target needed. */
  readonly threshold: number;
}

/**
 * A key-player set of up to `size` people, chosen by lazy greedy search (CELF) for the
 * score's arrest points: conviction chance × role value, syndicates dismantled and
 * ties between syndicates cut. Only people whose conviction chance reaches `threshold`
 * (on sound, admissible evidence) are eligible.
 *
 * Dismantling is all-or-nothing (a boss and half the lieutenants, or a third of the
 * members), which a one-person-at-a-time greedy never sees, so besides single people
 * the search weighs two bundles per syndicate: "the rest of its core" and "the rest of
 * a third of its members", each by points per person. A single person's points only
 * ever shrink as the set grows (cut ties are shared), so stale values are upper bounds
 * and are re-evaluated only when they reach the top; a syndicate's bundles are rebuilt
 * whenever someone in it is taken. Per-person state lives in typed arrays; at full
 * scale (~26k people, ~870 arrests) the search takes tens of milliseconds.
 */
export function keyPlayerSet(state: SimState, size: number, threshold: number): KeyPlayerSearch {
  const { net, scenario } = state;
  const { syndicateOf, role } = net;
  const n = net.size;

  // Eligible targets and the part of their value that never changes.
  const eligible = new Uint8Array(n);
  const ownValue = new Float64Array(n);
  let candidates = 0;
  for (let p = 0; p < n; p++) {
    if (soundEvidence(state, p) <= 0 || courtChance(state, p) < threshold) continue;
    eligible[p] = 1;
    candidates++;
    ownValue[p] = personConvictionPoints(state, p);
  }
  const inSet = new Uint8Array(n);
  const perCrossTie = pointsPerCrossTie(crossTiesCut(net, inSet).total);
  const dismantleValue = dismantlingPoints(scenario.scale);
  const single = (p: number) => ownValue[p] + openCrossTies(net, p, inSet) * perCrossTie;

  // Per syndicate: what the set already holds, and its two bundles.
  const syndicates = net.syndicateCount;
  const lieutenants = new Int32Array(syndicates);
  for (let p = 0; p < n; p++) if (role[p] === ROLE.lieutenant) lieutenants[syndicateOf[p]]++;
  const lieutenantsIn = new Int32Array(syndicates);
  const membersIn = new Int32Array(syndicates);
  const bundleStamp = new Int32Array(syndicates * 2);
  const bundlePeople: Int32Array[] = Array.from({ length: syndicates * 2 }, () => new Int32Array(0));
  const heap = new MoveHeap();
  let budget = Math.min(size, candidates);
  let round = 0;

  const dismantledNow = (s: number) => {
    const start = net.firstMember[s];
    const members = net.firstMember[s + 1] - start;
    return isDismantled(inSet[start] === 1, lieutenantsIn[s], lieutenants[s], membersIn[s], members);
  };

  /** Rebuilds both bundles of a syndicate from its members' current values. */
  const refreshBundles = (s: number) => {
    bundleStamp[2 * s]++;
    bundleStamp[2 * s + 1]++;
    bundlePeople[2 * s] = new Int32Array(0);
    bundlePeople[2 * s + 1] = new Int32Array(0);
    if (dismantledNow(s)) return;
    const start = net.firstMember[s];
    const end = net.firstMember[s + 1];
    const open: { p: number; v: number }[] = [];
    for (let p = start; p < end; p++) if (eligible[p] === 1 && inSet[p] === 0) open.push({ p, v: single(p) });
    open.sort((a, b) => b.v - a.v || a.p - b.p);
    // The rest of the core: the boss and enough lieutenants for half of them.
    const core: { p: number; v: number }[] = [];
    let coreReachable = true;
    if (inSet[start] === 0) {
      const boss = open.find((o) => o.p === start);
      if (boss) core.push(boss);
      else coreReachable = false;
    }
    const needLieutenants = Math.max(0, Math.ceil(lieutenants[s] / 2) - lieutenantsIn[s]);
    let found = 0;
    for (let i = 0; i < open.length && found < needLieutenants; i++) {
      if (role[open[i].p] !== ROLE.lieutenant) continue;
      core.push(open[i]);
      found++;
    }
    if (coreReachable && found === needLieutenants && core.length > 0) offerBundle(2 * s, core);
    // The rest of a third of the members, the most valuable first.
    const needMembers = Math.ceil((end - start) / 3) - membersIn[s];
    if (needMembers > 0 && needMembers <= open.length) offerBundle(2 * s + 1, open.slice(0, needMembers));
  };

  const offerBundle = (bundle: number, people: { p: number; v: number }[]) => {
    if (people.length > budget) return;
    let value = dismantleValue;
    for (const o of people) value += o.v;
    bundlePeople[bundle] = Int32Array.from(people, (o) => o.p);
    heap.push(value / people.length, n + bundle, bundleStamp[bundle], round);
  };

  const take = (people: ArrayLike<number>) => {
    const touched = new Set<number>();
    for (let i = 0; i < people.length; i++) {
      const p = people[i];
      if (inSet[p] === 1) continue;
      inSet[p] = 1;
      chosen.push(p);
      const s = syndicateOf[p];
      membersIn[s]++;
      if (role[p] === ROLE.lieutenant) lieutenantsIn[s]++;
      touched.add(s);
    }
    budget = size - chosen.length;
    round++;
    for (const s of [...touched].sort((a, b) => a - b)) refreshBundles(s);
  };

  const chosen: number[] = [];
  for (let p = 0; p < n; p++) if (eligible[p] === 1) heap.push(single(p), p, 0, round);
  for (let s = 0; s < syndicates; s++) refreshBundles(s);

  const top = new Float64Array(4);
  while (budget > 0 && heap.pop(top)) {
    const id = top[1];
    const fresh = top[3] === round;
    if (id < n) {
      if (inSet[id] === 1) continue;
      if (fresh) take([id]);
      else heap.push(single(id), id, 0, round);
      continue;
    }
    const bundle = id - n;
    if (top[2] !== bundleStamp[bundle]) continue;
    if (!fresh) {
      refreshBundles(bundle >> 1);
      continue;
    }
    if (bundlePeople[bundle].length <= budget) take(bundlePeople[bundle]);
  }
  return { people: chosen, candidates, threshold };
}
