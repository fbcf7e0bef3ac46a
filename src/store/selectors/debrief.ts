import {
  compareKeyPlayers,
  type KeyPlayerComparison,
  type RunReport,
  reportRun,
  type SimState,
} from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

/** The finished (or abandoned) run's figures, as the scoring module reports them for the player. */
export function playerReport(sim: SimState): RunReport {
  return reportRun(sim, 'player');
}

/** The run's arrests beside the key-player set of the same size. */
export function keyPlayerComparison(sim: SimState): KeyPlayerComparison {
  return compareKeyPlayers(sim);
}

/** Someone in one set of the key-player comparison and not the other, as the debrief names them. */
export interface DifferingPerson extends PersonLabel {
  readonly syndicate: SyndicateLabel;
}

export interface KeyPlayerDifferences {
  /** At most `shown` of each, the most points first. */
  readonly onlyYours: readonly DifferingPerson[];
  readonly onlyAlternative: readonly DifferingPerson[];
  /** How many more there are beyond those shown. */
  readonly moreYours: number;
  readonly moreAlternative: number;
}

/** Who differs between the player's arrests and the key-player set. */
export function keyPlayerDifferences(
  sim: SimState,
  comparison: KeyPlayerComparison,
  shown: number,
): KeyPlayerDifferences {
  const label = (p: number) => ({
    ...personLabel(sim.net, p),
    syndicate: syndicateLabel(sim.net, sim.net.syndicateOf[p]),
  });
  return {
    onlyYours: comparison.onlyYours.slice(0, shown).map(label),
    onlyAlternative: comparison.onlyAlternative.slice(0, shown).map(label),
    moreYours: Math.max(0, comparison.onlyYours.length - shown),
    moreAlternative: Math.max(0, comparison.onlyAlternative.length - shown),
  };
}
