import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  POLICIES,
  reportRun,
  runPolicy,
  type Scenario,
  type SimState,
} from '../../src/sim';
import { threatOutcome } from '../../src/sim/threats/threats';

const workshop = BUILT_IN_SCENARIOS.workshop;

/** The workshop with many threats and a middling death chance, so the shares can be measured. */
const threatening: Scenario = {
  ...workshop,
  activity: { ...workshop.activity, threatsPerDeviceDay: 2e-3 },
  risk: { ...workshop.risk, unprotectedDeathChance: 0.6, realThreatShare: 0.4 },
};

/** Every threat that came to its deadline in `seeds` runs of `scenario` with nobody protected. */
function ignoredThreats(scenario: Scenario, seeds: readonly number[]): SimState['threats'] {
  return seeds.flatMap((seed) =>
    runPolicy(scenario, seed, POLICIES['never-intervene']({})).state.threats.filter(
      (t) => t.outcome !== 'pending',
    ),
  );
}

/** |share − p| within four standard errors of a binomial share over n trials. */
function expectShare(hits: number, n: number, p: number): void {
  expect(n).toBeGreaterThan(300);
  expect(Math.abs(hits / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
}

describe('threats to kill: real or bluster', () => {
  it('decides the outcome from the answer, the draws and whether the threat is meant', () => {
    const rows = [];
    for (const response of ['open', 'covert', 'none', null] as const)
      for (const real of [true, false])
        for (const coverWorks of [true, false])
          for (const attackSucceeds of [true, false])
            rows.push([
              response,
              real,
              coverWorks,
              attackSucceeds,
              threatOutcome({ response, real }, coverWorks, attackSucceeds),
            ]);
    for (const [response, real, coverWorks, attackSucceeds, outcome] of rows) {
      const where = JSON.stringify({ response, real, coverWorks, attackSucceeds });
      if (response === 'open' || (response === 'covert' && coverWorks))
        expect(outcome, where).toBe('protected');
      else expect(outcome, where).toBe(real && attackSucceeds ? 'killed' : 'survived');
    }
  });

  const threats = ignoredThreats(threatening, [1, 2, 3]);

  it('makes the scenario’s share of threats real', () => {
    expectShare(threats.filter((t) => t.real).length, threats.length, threatening.risk.realThreatShare);
  });

  it('never kills with bluster, unprotected or not: the target survives', () => {
    const bluster = threats.filter((t) => !t.real);
    expect(bluster.length).toBeGreaterThan(300);
    for (const t of bluster) expect(t.outcome, `threat ${t.id}`).toBe('survived');
  });

  it('kills with a real, unprotected threat at the scenario’s chance', () => {
    const real = threats.filter((t) => t.real);
    const killed = real.filter((t) => t.outcome === 'killed').length;
    expectShare(killed, real.length, threatening.risk.unprotectedDeathChance);
    for (const t of real) expect(['killed', 'survived'], `threat ${t.id}`).toContain(t.outcome);
  });

  it('changes only the threat’s own outcome: the same threats come whether all are real or none', () => {
    const share = (realThreatShare: number): Scenario => ({
      ...threatening,
      risk: { ...threatening.risk, realThreatShare },
    });
    const all = runPolicy(share(1), 4, POLICIES['never-intervene']({})).state;
    const none = runPolicy(share(0), 4, POLICIES['never-intervene']({})).state;
    const shape = (s: SimState) => s.threats.map((t) => [t.day, t.sender, t.target, t.deadline, t.detected]);
    expect(shape(none)).toEqual(shape(all));
    expect(all.threats.every((t) => t.real)).toBe(true);
    expect(none.threats.some((t) => t.real || t.outcome === 'killed')).toBe(false);
    expect(all.threats.some((t) => t.outcome === 'killed')).toBe(true);
  });

  it('costs fewer lives acting on every threat (historical, covert) than never intervening: classroom seeds 1–12', () => {
    const classroom = BUILT_IN_SCENARIOS.classroom;
    const livesLost = (policy: 'historical' | 'never-intervene') => {
      let lost = 0;
      for (let seed = 1; seed <= 12; seed++) {
        const { state } = runPolicy(classroom, seed, POLICIES[policy]({}));
        lost += reportRun(state, policy).breakdown.figures.threats.livesLost;
      }
      return lost / 12;
    };
    const acting = livesLost('historical');
    const ignoring = livesLost('never-intervene');
    expect(ignoring).toBeGreaterThan(0);
    expect(acting).toBeLessThan(ignoring);
  });
});
