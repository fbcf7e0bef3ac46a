import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/sim';
import { leakHazard } from '../../src/sim/risk/leakHazard';
import { shockFactor, spreadProbability } from '../../src/sim/spread/spreadProbability';
import { convictionChance } from '../../src/sim/takedown/convictionChance';

const r6 = (x: number) => Number(x.toPrecision(6));

/** Golden tables: a balance change shows up as a reviewable diff of numbers. */
describe('golden tables', () => {
  it('spread probability by trust pressure, network effect and shock', () => {
    const rows = [];
    for (const pressure of [0.3, 0.5, 1, 2, 4]) {
      for (const [susceptibility, contactShare, shock] of [
        [1, 0, 1],
        [0.25, 0, 1],
        [1, 0.5, 1],
        [1, 0, 3],
      ]) {
        rows.push({
          pressure,
          susceptibility,
          contactShare,
          shock,
          p: r6(spreadProbability(0.0109, susceptibility, pressure, 2, contactShare, shock)),
        });
      }
    }
    expect(rows).toMatchSnapshot();
  });

  it('rival-platform shocks by day', () => {
    const shocks = BUILT_IN_SCENARIOS['full-scale'].spread.shocks;
    expect(
      [0, 629, 630, 689, 690, 880, 939, 940].map((day) => [day, shockFactor(shocks, day)]),
    ).toMatchSnapshot();
  });

  it('conviction chance by analysed evidence', () => {
    expect([0, 1, 5, 10, 20, 40, 60, 100].map((e) => [e, r6(convictionChance(e, 20))])).toMatchSnapshot();
  });

  it('leak hazard by handsets, heat, police contacts and the platform age', () => {
    const risk = BUILT_IN_SCENARIOS['full-scale'].risk;
    const rows = [];
    for (const activeHandsets of [0, 3000, 12000])
      for (const heat of [0, 1, 5])
        for (const [policeContactsOnPlatform, age] of [
          [0, 0],
          [1, 0],
          [0, 0.5],
          [0, 1],
        ]) {
          const exposure = { activeHandsets, scale: 1, heat, policeContactsOnPlatform, age };
          rows.push([activeHandsets, heat, policeContactsOnPlatform, age, r6(leakHazard(risk, exposure))]);
        }
    expect(rows).toMatchSnapshot();
  });
});
