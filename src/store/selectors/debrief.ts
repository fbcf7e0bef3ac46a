import { type RunReport, reportRun, type SimState } from '../../sim';

/** The finished (or abandoned) run's figures, as the scoring module reports them for the player. */
export function playerReport(sim: SimState): RunReport {
  return reportRun(sim, 'player');
}
