import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  createSim,
  isAdmissible,
  isAdmissibleOn,
  lastAdmissibleDay,
  POLICIES,
  plannedTakedown,
  playUntil,
  runPolicy,
  scoreBreakdown,
  takedownCandidates,
} from '../../src/sim';
import { arrestedMask } from '../../src/sim/scoring/crossTies';
import { arrestSetValue } from '../../src/sim/scoring/keyPlayer/arrestSetValue';
import { takedownCountries, takedownPlan } from '../../src/store/selectors/takedownPlan';

const workshop = BUILT_IN_SCENARIOS.workshop;

/** A workshop run (seed 4) played by the historical policy up to `day`, with no takedown yet. */
function playedTo(day: number) {
  const state = createSim(workshop, 4);
  playUntil(state, POLICIES.historical({ takedownDay: workshop.days.max }), day);
  return state;
}

/** Each rule has one home: what the screens and the score show is the core's own answer. */
describe('the query layer', () => {
  const sim = playedTo(500);
  const officers = workshop.takedown.officers;

  it('plays to a day before any takedown', () => expect(sim.takedown).toBeNull());

  it('the takedown planner goes for exactly whom the takedown would, for any choice of countries', () => {
    const countries = takedownCountries(sim).map((c) => c.iso);
    expect(countries.length).toBeGreaterThan(1);
    for (const chosen of [countries, countries.slice(0, 1), countries.slice(1)])
      for (const priority of ['key-player', 'evidence'] as const) {
        const choice = { countries: new Set(chosen), officers, priority, people: [], syndicates: [] };
        const plan = takedownPlan(sim, choice, 1_000);
        const core = plannedTakedown(sim, { countries: [...chosen].sort(), officers, priority });
        expect(plan.candidates).toBe(takedownCandidates(sim, chosen).length);
        expect(plan.targets.map((t) => t.person)).toEqual(core.targets);
        expect(plan).toMatchObject({ teams: core.teams, warningChance: core.warningChance });
      }
  });

  it('nothing chosen on the planning screen is no plan, while the command’s empty list means everywhere', () => {
    const plan = takedownPlan(
      sim,
      { countries: new Set(), officers, priority: 'key-player', people: [], syndicates: [] },
      10,
    );
    expect(plan.candidates).toBe(0);
    expect(plan.targets).toEqual([]);
    const everywhere = takedownCountries(sim).map((c) => c.iso);
    expect(takedownCandidates(sim, [])).toEqual(takedownCandidates(sim, everywhere));
  });

  it('admissibility is one rule: in force up to and including the last day, then void', () => {
    const last = lastAdmissibleDay(workshop);
    expect(isAdmissibleOn(workshop, last)).toBe(true);
    expect(isAdmissibleOn(workshop, last + 1)).toBe(false);
    expect(isAdmissible(sim)).toBe(isAdmissibleOn(workshop, sim.day));
    const late = playedTo(last + 1);
    expect(late.day).toBe(last + 1);
    expect(isAdmissible(late)).toBe(false);
    expect(takedownCandidates(late, [])).toEqual([]);
  });

  it("the score's arrest parts are what the arrested set is worth, counted once", () => {
    for (const seed of [1, 2, 3]) {
      const state = runPolicy(workshop, seed, POLICIES.historical({})).state;
      const { score } = scoreBreakdown(state);
      const value = arrestSetValue(state, arrestedMask(state.arrestedDay));
      expect(value.people, `seed ${seed}`).toBeGreaterThan(0);
      expect(score.convictions, `seed ${seed}`).toBeCloseTo(value.points.convictions, 1);
      expect(score.dismantled, `seed ${seed}`).toBeCloseTo(value.points.dismantled, 1);
      expect(score.crossTies, `seed ${seed}`).toBeCloseTo(value.points.crossTies, 1);
    }
  });
});
