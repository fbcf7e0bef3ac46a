import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, compareKeyPlayers, POLICIES, runPolicy, scoreBreakdown } from '../../src/sim';
import { soundEvidence } from '../../src/sim/intercepts/readAndTag';
import { arrestedMask } from '../../src/sim/scoring/crossTies';
import { arrestSetValue } from '../../src/sim/scoring/keyPlayer/arrestSetValue';
import { keyPlayerSet } from '../../src/sim/scoring/keyPlayer/keyPlayerSet';
import { convictionChance } from '../../src/sim/takedown/convictionChance';

const workshop = BUILT_IN_SCENARIOS.workshop;
const historical = (seed: number) => runPolicy(workshop, seed, POLICIES.historical({})).state;

describe('key-player comparison', () => {
  const state = historical(1);
  const comparison = compareKeyPlayers(state);

  it('workshop, seed 1, historical policy (golden)', () => {
    const { alternativePeople, ...rest } = comparison;
    expect({ ...rest, alternativePeople: alternativePeople.slice(0, 20) }).toMatchSnapshot();
  });

  it("scores the player's own arrests exactly as the run's score does", () => {
    const b = scoreBreakdown(state);
    expect(comparison.yours.people).toBe(b.figures.arrests.total);
    expect(comparison.yours.syndicatesDismantled).toBe(state.takedown?.dismantled.length);
    expect(comparison.yours.dismantled).toEqual(state.takedown?.dismantled);
    expect(comparison.yours.crossTies).toEqual(b.figures.crossTies);
    expect(comparison.yours.points.convictions).toBe(b.score.convictions);
    expect(comparison.yours.points.dismantled).toBe(b.score.dismantled);
    expect(comparison.yours.points.crossTies).toBe(b.score.crossTies);
  });

  it('picks the same number of different people, all with enough admissible evidence', () => {
    const people = comparison.alternativePeople;
    expect(people).toHaveLength(comparison.size);
    expect(new Set(people).size).toBe(people.length);
    for (const p of people) {
      expect(soundEvidence(state, p)).toBeGreaterThan(0);
      expect(
        convictionChance(soundEvidence(state, p), workshop.takedown.evidenceScale),
      ).toBeGreaterThanOrEqual(comparison.minConvictionChance);
    }
  });

  it('does at least as well as the arrests it is compared with, seeds 1–5', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const c = seed === 1 ? comparison : compareKeyPlayers(historical(seed));
      expect(c.alternative.points.total, `seed ${seed}`).toBeGreaterThanOrEqual(c.yours.points.total);
    }
  });

  it('names who differs: the people only in your arrests, and those only in the alternative', () => {
    const { onlyYours, onlyAlternative } = comparison;
    const yours = new Set(state.takedown?.arrested);
    const alternative = new Set(comparison.alternativePeople);
    expect(onlyYours.length).toBe(comparison.size - comparison.overlap);
    expect(onlyAlternative.length).toBe(comparison.size - comparison.overlap);
    for (const p of onlyYours) expect(alternative.has(p) || !yours.has(p)).toBe(false);
    for (const p of onlyAlternative) expect(yours.has(p)).toBe(false);
    expect(new Set([...onlyAlternative, ...comparison.alternativePeople]).size).toBe(comparison.size);
  });

  it('is deterministic and never larger than asked', () => {
    expect(keyPlayerSet(state, 10, 0.5)).toEqual(keyPlayerSet(state, 10, 0.5));
    expect(keyPlayerSet(state, 0, 0.5).people).toEqual([]);
    expect(keyPlayerSet(state, 5, 0.5).people.length).toBeLessThanOrEqual(5);
  });

  it('an empty set achieves nothing', () => {
    const none = arrestSetValue(state, new Uint8Array(state.net.size));
    expect(none.points.total).toBe(0);
    expect(none.syndicatesDismantled).toBe(0);
    expect(arrestSetValue(state, arrestedMask(state.arrestedDay)).people).toBe(comparison.size);
  });
});
