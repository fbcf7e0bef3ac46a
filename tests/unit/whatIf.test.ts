import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  type CommandLog,
  computeWhatIfs,
  POLICIES,
  runPolicy,
  type Scenario,
  scoreBreakdown,
  stateHash,
  type WhatIf,
} from '../../src/sim';
import { filterLog, moveTakedown, usualResponse } from '../../src/sim/whatIf/editLog';
import { answerDueThreats, replayWhatIf } from '../../src/sim/whatIf/replayWhatIf';

const workshop = BUILT_IN_SCENARIOS.workshop;
const FC_SEED = 20261127;
const simSeed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** What a what-if shows, without the bulky per-country tables. */
function summary(w: WhatIf) {
  const f = w.breakdown?.figures;
  return {
    id: w.id,
    available: w.available,
    notes: w.notes,
    requested: w.requestedTakedownDay,
    day: w.takedownDay,
    hash: w.hash,
    score: w.breakdown?.score.total ?? null,
    arrests: f?.arrests.total ?? null,
    admissible: f?.admissibility.admissible ?? null,
    threats: f ? [f.threats.detected, f.threats.actedOn, f.threats.livesLost] : null,
    leakDay: f?.exposure.leakDay ?? null,
    sameThreats: w.sameThreats,
  };
}

describe('what-ifs replayed by the simulation', () => {
  it('workshop seed 1 (historical) and seed 2 (never-intervene), side by side (golden)', () => {
    for (const [seed, policy] of [
      [1, 'historical'],
      [2, 'never-intervene'],
    ] as const) {
      const { commands } = runPolicy(workshop, seed, POLICIES[policy]({}));
      expect(computeWhatIfs(workshop, seed, commands).map(summary)).toMatchSnapshot(`seed ${seed} ${policy}`);
    }
  });

  it('the as-played replay is the run itself', () => {
    const { state, commands } = runPolicy(workshop, 3, POLICIES.cautious({}));
    const [asPlayed] = computeWhatIfs(workshop, 3, commands);
    expect(asPlayed.hash).toBe(stateHash(state));
    expect(asPlayed.breakdown).toEqual(scoreBreakdown(state));
  });

  it(`are deterministic: the same scenario, seed and commands give the same what-ifs (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(simSeed, fc.integer({ min: 150, max: 990 }), (seed, day) => {
        const { commands } = runPolicy(workshop, seed, POLICIES.historical({ takedownDay: day }));
        const copy = JSON.parse(JSON.stringify(commands)) as CommandLog;
        expect(computeWhatIfs(workshop, seed, copy)).toEqual(computeWhatIfs(workshop, seed, commands));
      }),
      { seed: FC_SEED, numRuns: 3 },
    );
  });

  it(`a takedown after the authorisation ends convicts no one (fast-check seed ${FC_SEED})`, () => {
    const { authorisationEnd, max } = workshop.days;
    fc.assert(
      fc.property(simSeed, fc.integer({ min: authorisationEnd + 1, max: max - 1 }), (seed, day) => {
        const { commands } = runPolicy(workshop, seed, POLICIES.historical({}));
        const takedown = { type: 'takedown' as const, countries: [], officers: workshop.takedown.officers };
        const state = replayWhatIf(workshop, seed, moveTakedown(commands, day, takedown));
        const f = scoreBreakdown(state).figures;
        expect(state.takedown?.day).toBe(day);
        expect(f.admissibility.admissible).toBe(false);
        expect(f.arrests.atTakedown).toBe(0);
        expect(f.expectedConvictions).toBe(0);
        expect(f.syndicatesDismantled).toBe(0);
      }),
      { seed: FC_SEED, numRuns: 6 },
    );
  });

  it('the later what-if past the authorisation shows the takedown as inadmissible', () => {
    const { commands } = runPolicy(workshop, 1, POLICIES.historical({}));
    const later = computeWhatIfs(workshop, 1, commands).find((w) => w.id === 'takedown-later')!;
    expect(later.notes).toContain('after-authorisation');
    expect(later.breakdown?.figures.arrests.total).toBe(0);
    expect(later.breakdown?.score.convictions).toBe(0);
  });
});

describe('acting on a threat never costs more lives than ignoring it', () => {
  // With acting free of suspicion, the two runs share every threat and every random
  // draw, so the comparison isolates the response itself; more threats make it bite.
  const calm: Scenario = {
    ...workshop,
    activity: { ...workshop.activity, threatsPerDeviceDay: 5e-4 },
    risk: { ...workshop.risk, openHeat: 0, covertHeat: 0 },
  };

  it(`on the same threats, threat by threat (fast-check seed ${FC_SEED})`, () => {
    let saved = 0;
    fc.assert(
      fc.property(simSeed, (seed) => {
        const { commands } = runPolicy(calm, seed, POLICIES['never-intervene']({}));
        const [ignored, , , acting] = computeWhatIfs(calm, seed, commands);
        const a = replayWhatIf(calm, seed, commands);
        const b = replayWhatIf(
          calm,
          seed,
          filterLog(commands, (c) => c.type !== 'respondThreat'),
          answerDueThreats(0, 'covert'),
        );
        expect(b.threats.map((t) => [t.day, t.sender, t.target, t.deadline])).toEqual(
          a.threats.map((t) => [t.day, t.sender, t.target, t.deadline]),
        );
        a.threats.forEach((t, i) => {
          if (b.threats[i].outcome === 'killed') expect(t.outcome, `threat ${i}`).toBe('killed');
        });
        const same = acting.sameThreats!;
        expect(same.shared).toBe(a.threats.length);
        expect(same.livesLostHere).toBeLessThanOrEqual(same.livesLostBase);
        saved += same.livesLostBase - same.livesLostHere;
        expect(acting.breakdown!.figures.threats.livesLost).toBeLessThanOrEqual(
          ignored.breakdown!.figures.threats.livesLost,
        );
      }),
      { seed: FC_SEED, numRuns: 6 },
    );
    // Not vacuous: acting did save someone in these runs.
    expect(saved).toBeGreaterThan(0);
  });
});

describe('editing a command log', () => {
  const log: CommandLog = {
    0: [{ type: 'seed', people: [1, 2] }],
    5: [
      { type: 'respondThreat', threat: 0, response: 'covert' },
      { type: 'respondThreat', threat: 1, response: 'none' },
    ],
    9: [{ type: 'respondThreat', threat: 2, response: 'open' }],
    12: [{ type: 'takedown', countries: ['AU'], officers: 10 }],
  };
  const takedown = { type: 'takedown' as const, countries: ['NZ'], officers: 5 };

  it('moves the takedown after the new day’s own commands', () => {
    expect(moveTakedown(log, 5, takedown)).toEqual({
      0: log[0],
      5: [...log[5], takedown],
      9: log[9],
    });
    expect(log[12]).toHaveLength(1);
  });

  it('keeps only what passes, dropping empty days', () => {
    expect(filterLog(log, (c) => c.type === 'seed')).toEqual({ 0: log[0] });
  });

  it('finds the response the player gave most often', () => {
    expect(usualResponse(log)).toBe('covert');
    expect(usualResponse({ 1: [{ type: 'respondThreat', threat: 0, response: 'none' }] })).toBeNull();
    expect(usualResponse({})).toBeNull();
  });
});
