import type { SimState } from '../../sim';
import { leakHazard } from '../../sim/risk/leakHazard';

/** Today's chance (0–1) that the handset is exposed. */
export function dailyLeakChance(sim: SimState): number {
  return leakHazard(sim.scenario.risk, sim.activeHandsets, sim.scenario.scale, sim.heat);
}

/**
 * The chance (0–1) of a leak within `days` if the platform stayed its present size, with
 * `extraHeat` more suspicion than now, decaying as heat does: how the player can weigh an action.
 */
export function leakRiskOver(sim: SimState, days: number, extraHeat = 0): number {
  const { risk, scale } = sim.scenario;
  const decay = 2 ** (-1 / risk.heatHalfLifeDays);
  let heat = sim.heat + extraHeat;
  let safe = 1;
  for (let d = 0; d < days; d++) {
    safe *= 1 - leakHazard(risk, sim.activeHandsets, scale, heat);
    heat *= decay;
  }
  return 1 - safe;
}
