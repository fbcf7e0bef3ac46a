import { COUNTRIES } from '../data/countries';
import { ROLE } from '../model/roles';
import {
  chance,
  createRng,
  nextFloat,
  nextInt,
  nextUint32,
  pickCumulative,
  type RngState,
} from '../random/rng';
import type { Scenario } from '../scenario/schema';
import { buildCsr } from './buildCsr';
import type { Network } from './network';

type NetworkParams = Scenario['network'];

/**
 * Countries (Zipf by position) → syndicates (power-law sizes) → a core of boss and
 * lieutenants → cells hanging off lieutenants; brokers and launderers bridge syndicates.
 * Recruitment under risk runs along trust, so the tie structure is what the spread follows.
 */
export function generateNetwork(params: NetworkParams, seed: number): Network {
  const rng = createRng(seed, 'network');
  const countries = COUNTRIES.slice(0, params.countries);
  const sizes = syndicateSizes(params, rng);
  const syndicateCount = sizes.length;
  const syndicateCountry = assignCountries(params, countries.length, syndicateCount, rng);

  const firstMember = new Int32Array(syndicateCount + 1);
  for (let s = 0; s < syndicateCount; s++) firstMember[s + 1] = firstMember[s] + sizes[s];
  const size = firstMember[syndicateCount];

  const role = new Uint8Array(size).fill(ROLE.soldier);
  const syndicateOf = new Uint16Array(size);
  const countryOf = new Uint8Array(size);
  const cellOf = new Int32Array(size).fill(-1);
  const edges = new EdgeList(size);
  let cellCount = 0;

  const { trust } = params;
  const shares = params.roleShares;
  const cumulativeRoles = [shares.broker, shares.launderer, shares.enforcer, shares.courier];
  for (let i = 1; i < cumulativeRoles.length; i++) cumulativeRoles[i] += cumulativeRoles[i - 1];
  const memberRoles = [ROLE.broker, ROLE.launderer, ROLE.enforcer, ROLE.courier];

  for (let s = 0; s < syndicateCount; s++) {
    const start = firstMember[s];
    const end = firstMember[s + 1];
    for (let p = start; p < end; p++) {
      syndicateOf[p] = s;
      countryOf[p] = syndicateCountry[s];
    }
    const lieutenants = Math.max(
      1,
      Math.min(end - start - 2, Math.round((end - start) / params.membersPerLieutenant)),
    );
    const coreEnd = start + 1 + lieutenants;
    role[start] = ROLE.boss;
    for (let p = start + 1; p < coreEnd; p++) role[p] = ROLE.lieutenant;
    for (let a = start; a < coreEnd; a++) {
      let tied = false;
      for (let b = a + 1; b < coreEnd; b++) {
        if (chance(rng, params.coreTieChance)) {
          edges.add(a, b, trust.syndicate);
          tied = true;
        }
      }
      if (a > start && !tied && !edges.has(a, start)) edges.add(a, start, trust.syndicate);
    }
    let p = coreEnd;
    let lieutenant = 0;
    while (p < end) {
      const cellSize = Math.min(
        end - p,
        params.cellSize.min + nextInt(rng, params.cellSize.max - params.cellSize.min + 1),
      );
      const cellEnd = p + cellSize;
      const leader = p;
      for (let a = p; a < cellEnd; a++) {
        cellOf[a] = cellCount;
        const u = nextFloat(rng);
        let memberRole: number = ROLE.soldier;
        for (let r = 0; r < cumulativeRoles.length; r++) {
          if (u < cumulativeRoles[r]) {
            memberRole = memberRoles[r];
            break;
          }
        }
        role[a] = memberRole;
        let tied = false;
        for (let b = p; b < a; b++) {
          if (chance(rng, params.cellTieChance)) {
            edges.add(a, b, trust.cell);
            tied = true;
          }
        }
        if (a > leader && !tied) edges.add(a, leader, trust.cell);
      }
      edges.add(leader, start + 1 + (lieutenant % lieutenants), trust.syndicate);
      lieutenant++;
      cellCount++;
      p = cellEnd;
    }
  }

  const closed = closedSyndicates(params, syndicateCountry, rng);
  const bridges = new BridgeTargets(
    syndicateCountry,
    closed,
    countries.map((c) => c.region),
    firstMember,
    params,
    rng,
  );
  for (let p = 0; p < size; p++) {
    if (closed[syndicateOf[p]]) continue;
    if (role[p] === ROLE.broker) {
      const ties = params.brokerTies.min + nextInt(rng, params.brokerTies.max - params.brokerTies.min + 1);
      for (let k = 0; k < ties; k++) {
        const target = bridges.syndicateFor(syndicateOf[p]);
        if (target < 0) break;
        const other = bridges.memberOf(target, role);
        if (!edges.has(p, other)) edges.add(p, other, trust.cross);
      }
    } else if (role[p] === ROLE.launderer) {
      const ties =
        params.laundererTies.min + nextInt(rng, params.laundererTies.max - params.laundererTies.min + 1);
      for (let k = 0; k < ties; k++) {
        const target = bridges.syndicateFor(syndicateOf[p]);
        if (target < 0) break;
        const other = bridges.coreMemberOf(target);
        if (!edges.has(p, other)) edges.add(p, other, trust.cross);
      }
    }
  }

  const trustedBridge = addTrustedBridges(params, closed, syndicateOf, role, bridges, edges, rng);
  const policeContact = policeContacts(params, syndicateCount, rng);
  const csr = buildCsr(size, edges.from, edges.to, edges.weight);
  return {
    size,
    role,
    syndicateOf,
    countryOf,
    cellOf,
    ...csr,
    ties: edges.from.length,
    syndicateCount,
    syndicateCountry,
    firstMember,
    closed,
    trustedBridge,
    policeContact,
    countries,
    informant: chooseInformant(role, firstMember, csr.offsets),
    nameSeed: nextUint32(rng),
  };
}

/** Power-law sizes in [min, max], rescaled so they add up to the scenario's head count. */
function syndicateSizes(params: NetworkParams, rng: RngState): number[] {
  const { min, max, exponent } = params.syndicateSize;
  const raw: number[] = [];
  for (let s = 0; s < params.syndicates; s++) {
    const u = nextFloat(rng);
    raw.push(Math.min(max, min * (1 - u) ** (-1 / Math.max(0.05, exponent - 1))));
  }
  const total = raw.reduce((a, b) => a + b, 0);
  const factor = params.people / total;
  return raw.map((r) => Math.max(min, Math.min(max, Math.round(r * factor)))).sort((a, b) => b - a);
}

/**
 * Every country gets one syndicate first (the operation reached 100+ countries, so
 * the tail matters); the rest follow Zipf weights. The largest syndicate sits in the
 * first country, where the informant works.
 */
function assignCountries(
  params: NetworkParams,
  countryCount: number,
  syndicateCount: number,
  rng: RngState,
): Uint8Array {
  const country = new Uint8Array(syndicateCount);
  const cumulative = new Float64Array(countryCount);
  let total = 0;
  for (let c = 0; c < countryCount; c++) {
    total += 1 / (c + 1) ** params.countryZipf;
    cumulative[c] = total;
  }
  const guaranteed = Math.min(countryCount, syndicateCount);
  const order = Array.from({ length: syndicateCount }, (_, s) => s);
  for (let i = order.length - 1; i > 1; i--) {
    const j = 1 + nextInt(rng, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let k = 0; k < syndicateCount; k++) {
    country[order[k]] = k < guaranteed ? k : pickCumulative(rng, cumulative);
  }
  return country;
}

/**
 * Some syndicates trust no outsider: no bridging ties in or out, so no handset can
 * ever reach them (the real operation reached about 300 of the groups it touched).
 * Each country keeps at least one open syndicate, and the informant's stays open.
 */
function closedSyndicates(params: NetworkParams, syndicateCountry: Uint8Array, rng: RngState): Uint8Array {
  const closed = new Uint8Array(syndicateCountry.length);
  const openLeft = new Map<number, number>();
  for (const c of syndicateCountry) openLeft.set(c, (openLeft.get(c) ?? 0) + 1);
  for (let s = 1; s < syndicateCountry.length; s++) {
    const c = syndicateCountry[s];
    if ((openLeft.get(c) ?? 0) > 1 && chance(rng, params.closedShare)) {
      closed[s] = 1;
      openLeft.set(c, (openLeft.get(c) ?? 0) - 1);
    }
  }
  return closed;
}

/**
 * Each closed syndicate deals with the outside only through a few trusted bridges: brokers and
 * launderers of open syndicates (near it first) tied to its core. They are wary people who take a
 * handset only from the informant's hand, so which of them get one decides which closed syndicates
 * the platform ever reaches.
 */
function addTrustedBridges(
  params: NetworkParams,
  closed: Uint8Array,
  syndicateOf: Uint16Array,
  role: Uint8Array,
  bridges: BridgeTargets,
  edges: EdgeList,
  rng: RngState,
): Uint8Array {
  const trusted = new Uint8Array(role.length);
  const goBetweens: number[] = [];
  for (let p = 0; p < role.length; p++)
    if (!closed[syndicateOf[p]] && (role[p] === ROLE.broker || role[p] === ROLE.launderer))
      goBetweens.push(p);
  if (goBetweens.length === 0) return trusted;
  for (let s = 0; s < closed.length; s++) {
    if (!closed[s]) continue;
    for (let k = 0; k < params.trustedBridges; k++) {
      const near = bridges.syndicateFor(s);
      const bridge = near >= 0 ? bridges.goBetweenOf(near, role) : -1;
      const p = bridge >= 0 ? bridge : goBetweens[nextInt(rng, goBetweens.length)];
      const core = bridges.coreMemberOf(s);
      if (edges.has(p, core)) continue;
      edges.add(p, core, params.trust.cross);
      trusted[p] = 1;
    }
  }
  return trusted;
}

/** Syndicates with a corrupt police contact; the informant's own has none. */
function policeContacts(params: NetworkParams, syndicates: number, rng: RngState): Uint8Array {
  const contact = new Uint8Array(syndicates);
  for (let s = 1; s < syndicates; s++) if (chance(rng, params.policeContactShare)) contact[s] = 1;
  return contact;
}

function chooseInformant(role: Uint8Array, firstMember: Int32Array, offsets: Int32Array): number {
  let best = firstMember[0];
  for (let p = firstMember[0]; p < firstMember[1]; p++) {
    const isBroker = role[p] === ROLE.broker;
    if (
      isBroker &&
      (role[best] !== ROLE.broker || offsets[p + 1] - offsets[p] > offsets[best + 1] - offsets[best])
    ) {
      best = p;
    }
  }
  return best;
}

class EdgeList {
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly weight: number[] = [];
  private readonly seen = new Set<number>();
  constructor(private readonly size: number) {}

  private key(a: number, b: number): number {
    return a < b ? a * this.size + b : b * this.size + a;
  }

  has(a: number, b: number): boolean {
    return this.seen.has(this.key(a, b));
  }

  add(a: number, b: number, weight: number): void {
    if (a === b) return;
    const key = this.key(a, b);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.from.push(a);
    this.to.push(b);
    this.weight.push(weight);
  }
}

function appendTo<K>(groups: Map<K, number[]>, key: K, value: number): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/** Picks the other end of a bridging tie: same country first, then same region, then anywhere. */
class BridgeTargets {
  private readonly byCountry = new Map<number, number[]>();
  private readonly byRegion = new Map<string, number[]>();
  private readonly all: number[];

  constructor(
    private readonly syndicateCountry: Uint8Array,
    closed: Uint8Array,
    private readonly regionOf: readonly string[],
    private readonly firstMember: Int32Array,
    private readonly params: NetworkParams,
    private readonly rng: RngState,
  ) {
    this.all = Array.from(syndicateCountry, (_, s) => s).filter((s) => !closed[s]);
    for (const s of this.all) {
      const c = syndicateCountry[s];
      appendTo(this.byCountry, c, s);
      appendTo(this.byRegion, regionOf[c], s);
    }
  }

  syndicateFor(from: number): number {
    const country = this.syndicateCountry[from];
    const u = nextFloat(this.rng);
    let pool = this.all;
    if (u < this.params.sameCountryShare) pool = this.byCountry.get(country) ?? this.all;
    else if (
      u <
      this.params.sameCountryShare + (1 - this.params.sameCountryShare) * this.params.sameRegionShare
    ) {
      pool = this.byRegion.get(this.regionOf[country]) ?? this.all;
    }
    if (pool.length < 2) pool = this.all;
    if (pool.length < 2) return -1;
    let target = pool[nextInt(this.rng, pool.length)];
    if (target === from) target = pool[(pool.indexOf(target) + 1) % pool.length];
    return target;
  }

  /** Brokers deal with brokers when there are any; otherwise anyone in the syndicate. */
  memberOf(syndicate: number, role: Uint8Array): number {
    const start = this.firstMember[syndicate];
    const size = this.firstMember[syndicate + 1] - start;
    for (let attempt = 0; attempt < 4; attempt++) {
      const p = start + nextInt(this.rng, size);
      if (role[p] === ROLE.broker || role[p] === ROLE.lieutenant) return p;
    }
    return start + nextInt(this.rng, size);
  }

  /** One of the syndicate's brokers and launderers, or −1 when it has none. */
  goBetweenOf(syndicate: number, role: Uint8Array): number {
    const members: number[] = [];
    for (let p = this.firstMember[syndicate]; p < this.firstMember[syndicate + 1]; p++)
      if (role[p] === ROLE.broker || role[p] === ROLE.launderer) members.push(p);
    return members.length === 0 ? -1 : members[nextInt(this.rng, members.length)];
  }

  /** Launderers serve a syndicate's core: its boss or a lieutenant. */
  coreMemberOf(syndicate: number): number {
    const start = this.firstMember[syndicate];
    const size = this.firstMember[syndicate + 1] - start;
    const coreSize = Math.max(1, Math.min(size, 1 + Math.round(size / this.params.membersPerLieutenant)));
    return start + nextInt(this.rng, coreSize);
  }
}
