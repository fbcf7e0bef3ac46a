import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  caseStrength,
  cloneSim,
  commandSchema,
  countryOfficers,
  officersBrought,
  partnerWarningChance,
  plannedTakedown,
  ROLE,
  type SimState,
  step,
  takedownCandidates,
} from '../../src/sim';
import { arrestChance } from '../../src/sim/takedown/arrest';
import { DismantleChance } from '../../src/sim/takedown/dismantleChance';
import { isDismantled } from '../../src/sim/takedown/dismantled';
import { chooseTargets } from '../../src/sim/takedown/targets';
import { playTo } from '../support/playTo';

const workshop = BUILT_IN_SCENARIOS.workshop;
/** fast-check's seed, printed in the test names so a failure can be replayed. */
const FC_SEED = 20260611;

/** A workshop run (seed 4) on day 400: evidence against many people, no takedown yet. */
const sim = playTo(workshop, 4, 400);
const everyone = takedownCandidates(sim, []);
const countries = sim.net.countries.map((c) => c.iso2);

const withPartnerWarning = (state: SimState, partnerWarning: number): SimState => ({
  ...cloneSim(state),
  scenario: { ...state.scenario, takedown: { ...state.scenario.takedown, partnerWarning } },
});

describe('whom the teams go for', () => {
  it('has more people worth arresting than teams on day 400, so the choice matters', () => {
    const plan = plannedTakedown(sim, { countries: [], officers: workshop.takedown.officers });
    expect(plan.teams).toBe(workshop.takedown.officers / workshop.takedown.officersPerArrest);
    expect(plan.candidates).toBe(everyone.length);
    expect(plan.teams).toBeLessThan(plan.candidates);
  });

  it("'evidence' goes for the strongest cases, role ignored", () => {
    const teams = 40;
    const targets = chooseTargets(sim, everyone, teams, { priority: 'evidence' });
    expect(targets).toHaveLength(teams);
    const strength = targets.map((p) => caseStrength(sim, p));
    expect(strength).toEqual([...strength].sort((a, b) => b - a));
    const weakestTaken = Math.min(...strength);
    const left = everyone.filter((p) => !targets.includes(p));
    expect(Math.max(...left.map((p) => caseStrength(sim, p)))).toBeLessThanOrEqual(weakestTaken);
  });

  it("'key-player' goes for the people who hold syndicates together", () => {
    const teams = 40;
    const keyPlayers = chooseTargets(sim, everyone, teams, { priority: 'key-player' });
    const strongest = chooseTargets(sim, everyone, teams, { priority: 'evidence' });
    expect(keyPlayers).toHaveLength(teams);
    expect(new Set(keyPlayers).size).toBe(teams);
    for (const p of keyPlayers) expect(everyone).toContain(p);
    const core = (people: number[]) => people.filter((p) => sim.net.role[p] <= ROLE.lieutenant).length;
    expect(core(keyPlayers)).toBeGreaterThan(core(strongest));
    // Whole syndicates: the key-player set dismantles more of them, arrests assumed.
    const dismantled = (people: number[]) => {
      const set = new Set(people);
      let count = 0;
      for (let s = 0; s < sim.net.syndicateCount; s++) {
        const start = sim.net.firstMember[s];
        const end = sim.net.firstMember[s + 1];
        let lieutenants = 0;
        let lieutenantsIn = 0;
        let members = 0;
        for (let p = start; p < end; p++) {
          const lieutenant = sim.net.role[p] === ROLE.lieutenant;
          if (lieutenant) lieutenants++;
          if (!set.has(p)) continue;
          members++;
          if (lieutenant) lieutenantsIn++;
        }
        if (isDismantled(set.has(start), lieutenantsIn, lieutenants, members, end - start)) count++;
      }
      return count;
    };
    expect(dismantled(keyPlayers)).toBeGreaterThan(dismantled(strongest));
  });

  it("no priority is 'key-player' (commands saved before the choice existed)", () => {
    const orders = { countries: [], officers: 180 };
    expect(plannedTakedown(sim, orders).targets).toEqual(
      plannedTakedown(sim, { ...orders, priority: 'key-player' }).targets,
    );
  });

  it('is deterministic and never sends more teams than there are', () => {
    for (const teams of [0, 1, 7, 500, everyone.length + 10]) {
      const a = chooseTargets(sim, everyone, teams, {});
      expect(a).toEqual(chooseTargets(sim, everyone, teams, {}));
      expect(a).toHaveLength(Math.min(teams, everyone.length));
    }
  });
});

describe('named targets', () => {
  const weakest = [...everyone].sort((a, b) => caseStrength(sim, a) - caseStrength(sim, b));

  it('go first, in the order named, and the priority fills the teams left', () => {
    const named = weakest.slice(0, 3);
    for (const priority of ['key-player', 'evidence'] as const) {
      const targets = chooseTargets(sim, everyone, 20, { priority, people: named });
      expect(targets.slice(0, 3)).toEqual(named);
      expect(targets).toHaveLength(20);
      expect(new Set(targets).size).toBe(20);
    }
  });

  it("a named syndicate's people come next, those who hold it together first", () => {
    const s = sim.net.syndicateOf[weakest[0]];
    const members = everyone.filter((p) => sim.net.syndicateOf[p] === s);
    const targets = chooseTargets(sim, everyone, members.length + 5, {
      people: [weakest[0]],
      syndicates: [s],
    });
    expect(targets[0]).toBe(weakest[0]);
    const next = targets.slice(1, members.length);
    expect(new Set([targets[0], ...next])).toEqual(new Set(members));
    const ranks = next.map((p) => Math.min(sim.net.role[p], ROLE.broker));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('passes over people who cannot be gone for, and stops at the teams there are', () => {
    const unarrestable = sim.evidence.indexOf(0);
    expect(everyone).not.toContain(unarrestable);
    const targets = chooseTargets(sim, everyone, 2, { people: [unarrestable, ...weakest.slice(0, 3)] });
    expect(targets).toEqual(weakest.slice(0, 2));
  });

  it('are carried out on the day: the first named person with a sure case is arrested', () => {
    const sure = [...everyone].sort((a, b) => caseStrength(sim, b) - caseStrength(sim, a))[0];
    const run = cloneSim(withPartnerWarning(sim, 0));
    step(run, [{ type: 'takedown', countries: [], officers: 9, priority: 'evidence', people: [sure] }]);
    expect(run.takedown?.people).toEqual([sure]);
    expect(run.takedown!.arrested.every((p) => p === sure)).toBe(true);
    expect(run.takedown?.officers).toBe(9);
  });
});

describe('officers by country', () => {
  const shares = countryOfficers(sim);
  const total = workshop.takedown.officers;

  it("split the scenario's officers by each country's share of the network, to the last officer", () => {
    expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
    const members = new Array(sim.net.countries.length).fill(0);
    for (let p = 0; p < sim.net.size; p++) members[sim.net.countryOf[p]]++;
    shares.forEach((officers, c) => {
      expect(Math.abs(officers - (total * members[c]) / sim.net.size)).toBeLessThan(1);
    });
  });

  it('come with the countries in a plan; an empty list is every officer', () => {
    expect(officersBrought(sim, [])).toBe(total);
    expect(officersBrought(sim, countries)).toBe(total);
    expect(officersBrought(sim, [countries[0]])).toBe(shares[0]);
    const plan = plannedTakedown(sim, { countries: [countries[0]], officers: total });
    expect(plan.officersBrought).toBe(shares[0]);
    expect(plan.officers).toBeLessThanOrEqual(shares[0]);
    expect(plan.teams).toBe(Math.floor(shares[0] / workshop.takedown.officersPerArrest));
  });

  it(`never fall when a country joins (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(fc.subarray(countries), fc.constantFrom(...countries), (chosen, more) => {
        if (chosen.length === 0) return;
        expect(officersBrought(sim, [...chosen, more])).toBeGreaterThanOrEqual(officersBrought(sim, chosen));
      }),
      { seed: FC_SEED },
    );
  });
});

describe('partner warnings', () => {
  it(`more partners never lower the chance of a warning (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.subarray(countries, { minLength: 1 }),
        fc.constantFrom(...countries),
        (w, chosen, more) => {
          const state = withPartnerWarning(sim, w);
          const before = partnerWarningChance(state, chosen);
          expect(partnerWarningChance(state, [...chosen, more])).toBeGreaterThanOrEqual(before);
          expect(before).toBeGreaterThanOrEqual(0);
          expect(before).toBeLessThanOrEqual(1);
        },
      ),
      { seed: FC_SEED },
    );
  });

  it('one country acting alone is never warned by partners; an empty list counts every country', () => {
    const state = withPartnerWarning(sim, 0.3);
    expect(partnerWarningChance(state, [countries[0]])).toBe(0);
    expect(partnerWarningChance(state, [countries[0], countries[0]])).toBe(0);
    expect(partnerWarningChance(state, [])).toBeCloseTo(1 - 0.7 ** (countries.length - 1), 12);
    expect(partnerWarningChance(state, [])).toBe(partnerWarningChance(state, countries));
  });

  it(`zero partnerWarning never warns (fast-check seed ${FC_SEED})`, () => {
    const calm = withPartnerWarning(sim, 0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (draws) => {
        const run = cloneSim(calm);
        run.rng.takedown = [draws, draws ^ 0x9e3779b9, 7, 11];
        step(run, [{ type: 'takedown', countries: [], officers: 90 }]);
        expect(run.takedown?.warned).toBe(false);
      }),
      { seed: FC_SEED, numRuns: 25 },
    );
  });

  it('a sure warning leaves targets to be found only as after a leak', () => {
    const warned = cloneSim(withPartnerWarning(sim, 1));
    step(warned, [{ type: 'takedown', countries: [], officers: 720 }]);
    expect(warned.takedown?.warned).toBe(true);
    const p = everyone[0];
    const { afterLeakRetention } = workshop.takedown;
    expect(arrestChance(sim, p, true)).toBeCloseTo(caseStrength(sim, p) * afterLeakRetention, 12);
    expect(arrestChance(sim, p, false)).toBe(caseStrength(sim, p));
    const calm = cloneSim(withPartnerWarning(sim, 0));
    step(calm, [{ type: 'takedown', countries: [], officers: 720 }]);
    expect(warned.takedown!.arrested.length).toBeLessThan(calm.takedown!.arrested.length);
  });
});

describe('the takedown command', () => {
  it('parses as saved before priorities and named targets existed', () => {
    const old = { type: 'takedown', countries: ['AU'], officers: 720 };
    expect(commandSchema.parse(old)).toEqual(old);
    expect(
      commandSchema.safeParse({ ...old, priority: 'evidence', people: [3], syndicates: [1] }).success,
    ).toBe(true);
  });

  it('bounds the named lists', () => {
    const old = { type: 'takedown', countries: [], officers: 720 };
    expect(
      commandSchema.safeParse({ ...old, people: Array.from({ length: 1001 }, (_, i) => i) }).success,
    ).toBe(false);
    expect(commandSchema.safeParse({ ...old, syndicates: [-1] }).success).toBe(false);
    expect(commandSchema.safeParse({ ...old, priority: 'everyone' }).success).toBe(false);
  });

  it('rejects people and syndicates that do not exist', () => {
    const run = cloneSim(sim);
    const { events } = step(run, [
      { type: 'takedown', countries: [], officers: 90, people: [sim.net.size] },
      { type: 'takedown', countries: [], officers: 90, syndicates: [sim.net.syndicateCount] },
    ]);
    const rejections = events.flatMap((e) => (e.type === 'command-rejected' ? [e.rejection] : []));
    expect(rejections).toEqual([
      { code: 'no-such-person', person: sim.net.size },
      { code: 'no-such-syndicate', syndicate: sim.net.syndicateCount },
    ]);
    expect(run.takedown).toBeNull();
  });
});

describe('the chance a syndicate is dismantled', () => {
  /** Every outcome of the attempts, by brute force: the chance the rule holds. */
  function exact(syndicate: number, attempts: { person: number; chance: number }[]): number {
    const { net } = sim;
    const start = net.firstMember[syndicate];
    const size = net.firstMember[syndicate + 1] - start;
    let lieutenants = 0;
    for (let p = start; p < start + size; p++) if (net.role[p] === ROLE.lieutenant) lieutenants++;
    let total = 0;
    for (let mask = 0; mask < 1 << attempts.length; mask++) {
      let chance = 1;
      let boss = false;
      let lieutenantsIn = 0;
      let arrested = 0;
      attempts.forEach((a, i) => {
        const hit = (mask >> i) & 1;
        chance *= hit ? a.chance : 1 - a.chance;
        if (!hit) return;
        arrested++;
        if (a.person === start) boss = true;
        if (net.role[a.person] === ROLE.lieutenant) lieutenantsIn++;
      });
      if (isDismantled(boss, lieutenantsIn, lieutenants, arrested, size)) total += chance;
    }
    return total;
  }

  const small = Array.from({ length: sim.net.syndicateCount }, (_, s) => s).filter(
    (s) => sim.net.firstMember[s + 1] - sim.net.firstMember[s] <= 24,
  );

  it(`matches every outcome counted by hand (fast-check seed ${FC_SEED})`, () => {
    expect(small.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...small),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 11,
        }),
        fc.nat({ max: 3 }),
        (s, picks, split) => {
          const start = sim.net.firstMember[s];
          const size = sim.net.firstMember[s + 1] - start;
          const seen = new Set<number>();
          const attempts = picks
            .map(([i, chance]) => ({ person: start + (i % size), chance }))
            .filter((a) => !seen.has(a.person) && seen.add(a.person));
          const cut = Math.min(split, attempts.length);
          const already = attempts.slice(0, cut);
          const order = attempts.slice(cut);
          const odds = new DismantleChance(sim.net, s, already, order);
          odds.extend(order.length);
          for (let k = 0; k <= order.length; k++)
            expect(odds.chance[k]).toBeCloseTo(exact(s, [...already, ...order.slice(0, k)]), 10);
        },
      ),
      { seed: FC_SEED, numRuns: 60 },
    );
  });
});
