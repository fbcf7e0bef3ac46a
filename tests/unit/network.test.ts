import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, personName } from '../../src/sim';
import { NAME_LISTS } from '../../src/sim/data/names';
import { ROLE } from '../../src/sim/model/roles';
import { generateNetwork } from '../../src/sim/network/generateNetwork';

const full = BUILT_IN_SCENARIOS['full-scale'];
const net = generateNetwork(full.network, 1);

describe('the generated network', () => {
  it('has the full-scale size: about 25k people, 400 syndicates, 100+ countries', () => {
    expect(net.size).toBeGreaterThan(24_000);
    expect(net.size).toBeLessThan(28_000);
    expect(net.syndicateCount).toBe(400);
    expect(new Set(net.syndicateCountry).size).toBeGreaterThanOrEqual(100);
    expect(net.ties / net.size).toBeGreaterThan(2);
  });

  it('stores each tie in both directions with a trust weight of its kind', () => {
    const weights = new Set<number>();
    for (let p = 0; p < net.size; p++) {
      for (let k = net.offsets[p]; k < net.offsets[p + 1]; k++) {
        const q = net.neighbors[k];
        expect(q).not.toBe(p);
        let back = -1;
        for (let j = net.offsets[q]; j < net.offsets[q + 1]; j++) if (net.neighbors[j] === p) back = j;
        expect(back).toBeGreaterThanOrEqual(0);
        expect(net.weights[back]).toBe(net.weights[k]);
        weights.add(Math.round(net.weights[k] * 10) / 10);
        const sameSyndicate = net.syndicateOf[p] === net.syndicateOf[q];
        if (!sameSyndicate) expect(net.weights[k]).toBeCloseTo(full.network.trust.cross);
      }
    }
    expect([...weights].sort()).toEqual([0.3, 0.5, 1]);
  });

  it('gives each syndicate one boss, lieutenants and members numbered together', () => {
    for (let s = 0; s < net.syndicateCount; s++) {
      const start = net.firstMember[s];
      expect(net.role[start]).toBe(ROLE.boss);
      expect(net.role[start + 1]).toBe(ROLE.lieutenant);
      for (let p = start; p < net.firstMember[s + 1]; p++) expect(net.syndicateOf[p]).toBe(s);
    }
  });

  it('has roughly the role shares of the scenario', () => {
    const count = (role: number) => net.role.filter((r) => r === role).length / net.size;
    expect(count(ROLE.broker)).toBeCloseTo(0.04, 1);
    expect(count(ROLE.courier)).toBeCloseTo(0.23, 1);
  });

  it('only brokers and launderers tie syndicates together', () => {
    for (let p = 0; p < net.size; p++) {
      for (let k = net.offsets[p]; k < net.offsets[p + 1]; k++) {
        const q = net.neighbors[k];
        if (net.syndicateOf[p] === net.syndicateOf[q]) continue;
        const bridging = [p, q].some((x) => net.role[x] === ROLE.broker || net.role[x] === ROLE.launderer);
        expect(bridging).toBe(true);
      }
    }
  });

  it('starts with the informant in the first country of the list (Australia)', () => {
    expect(net.countries[net.countryOf[net.informant]].iso2).toBe('AU');
  });

  it('names people from the synthetic lists, the same way every time', () => {
    const a = personName(net, 123);
    expect(personName(generateNetwork(full.network, 1), 123)).toEqual(a);
    const group = NAME_LISTS.groups[a.language];
    expect(group.given).toContain(a.given);
    expect(group.family).toContain(a.family);
    expect(a.handle).toMatch(/^[a-z]+\d{1,2}$/);
  });
});
