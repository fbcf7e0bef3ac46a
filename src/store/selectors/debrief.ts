import {
  compareKeyPlayers,
  type KeyPlayerComparison,
  type RunReport,
  reportRun,
  type SimState,
} from '../../sim';

/** The finished (or abandoned) run's figures, as the scoring module reports them for the player. */
export function playerReport(sim: SimState): RunReport {
  return reportRun(sim, 'player');
}

/** The run's arrests beside the key-player set of the same size. */
export function keyPlayerComparison(sim: SimState): KeyPlayerComparison {
  return compareKeyPlayers(sim);
}
