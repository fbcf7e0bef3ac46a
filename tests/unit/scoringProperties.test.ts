import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  cloneSim,
  POLICIES,
  runPolicy,
  type SimState,
  scoreBreakdown,
} from '../../src/sim';

const workshop = BUILT_IN_SCENARIOS.workshop;
const FC_SEED = 20261126;
const runs = new Map<string, SimState>();

/** Finished workshop runs, cached: each property below reuses a handful of them. */
function finished(seed: number, policy: 'historical' | 'early' | 'never-intervene'): SimState {
  const key = `${seed}:${policy}`;
  if (!runs.has(key)) runs.set(key, runPolicy(workshop, seed, POLICIES[policy]({})).state);
  return runs.get(key)!;
}

describe('more analysed evidence never lowers expected convictions', () => {
  it(`for the same seed and arrests, adding evidence to anyone (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('historical' as const, 'early' as const, 'never-intervene' as const),
        fc.array(fc.tuple(fc.nat(), fc.float({ min: 0, max: 200, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        (seed, policy, additions) => {
          const before = finished(seed, policy);
          const after = cloneSim(before);
          // Bias towards the arrested, where evidence matters, but touch anyone.
          const arrested = [...after.takedown!.arrested];
          for (const [pick, more] of additions) {
            const person =
              pick % 3 === 0 || arrested.length === 0
                ? pick % after.net.size
                : arrested[pick % arrested.length];
            after.evidence[person] += more;
          }
          const a = scoreBreakdown(before);
          const b = scoreBreakdown(after);
          expect(b.figures.expectedConvictions).toBeGreaterThanOrEqual(a.figures.expectedConvictions);
          expect(b.figures.roleWeightedConvictions).toBeGreaterThanOrEqual(a.figures.roleWeightedConvictions);
          expect(b.score.convictions).toBeGreaterThanOrEqual(a.score.convictions);
          for (const role of Object.keys(
            a.figures.expectedConvictionsByRole,
          ) as (keyof typeof a.figures.expectedConvictionsByRole)[])
            expect(b.figures.expectedConvictionsByRole[role]).toBeGreaterThanOrEqual(
              a.figures.expectedConvictionsByRole[role],
            );
        },
      ),
      { seed: FC_SEED, numRuns: 60 },
    );
  });
});
