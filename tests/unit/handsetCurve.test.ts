import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, handsetCurve, handsetCurveRun } from '../../src/sim';

describe('handsetCurve (the editor preview)', () => {
  it('gives the same curve however the run is sliced', () => {
    const scenario = BUILT_IN_SCENARIOS.classroom;
    const whole = handsetCurve(scenario, 3);
    const run = handsetCurveRun(scenario, 3);
    let over = false;
    while (!over) over = run.advance(17);
    expect(run.curve()).toEqual(whole);
    expect(whole.handsets.length).toBeGreaterThan(100);
    expect(whole.syndicatesReached).toBeGreaterThan(0);
    expect(whole.syndicates).toBe(scenario.network.syndicates);
  });
});
