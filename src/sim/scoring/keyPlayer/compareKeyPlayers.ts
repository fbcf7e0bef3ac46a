import { soundEvidence } from '../../intercepts/readAndTag';
import type { SimState } from '../../state';
import { convictionChance } from '../../takedown/convictionChance';
import { arrestedMask } from '../crossTies';
import { type ArrestSetValue, arrestSetValue } from './arrestSetValue';
import { keyPlayerSet, MIN_CONVICTION_CHANCE } from './keyPlayerSet';

/** The player's arrests beside a computed alternative of the same size. */
export interface KeyPlayerComparison {
  /** How many people each set holds: the number the player arrested. */
  readonly size: number;
  /** People eligible for the alternative: admissible evidence with at least `minConvictionChance`. */
  readonly candidates: number;
  /** 0.5, or lower if some of the player's own arrests had less (see keyPlayerSet). */
  readonly minConvictionChance: number;
  readonly yours: ArrestSetValue;
  readonly alternative: ArrestSetValue;
  /** The alternative's people, in the order the search chose them. */
  readonly alternativePeople: readonly number[];
  /** People in both sets. */
  readonly overlap: number;
}

/**
 * Both sets are scored as if everyone in them was arrested, so the comparison is about
 * the choice of targets, not about luck on the day (the what-ifs show timing and leaks).
 */
export function compareKeyPlayers(state: SimState): KeyPlayerComparison {
  const yoursMask = arrestedMask(state.arrestedDay);
  const E0 = state.scenario.takedown.evidenceScale;
  let size = 0;
  let threshold = MIN_CONVICTION_CHANCE;
  for (let p = 0; p < yoursMask.length; p++) {
    if (yoursMask[p] === 0) continue;
    size++;
    threshold = Math.min(threshold, convictionChance(soundEvidence(state, p), E0));
  }
  const search = keyPlayerSet(state, size, threshold);
  const altMask = new Uint8Array(state.net.size);
  let overlap = 0;
  for (const p of search.people) {
    altMask[p] = 1;
    overlap += yoursMask[p];
  }
  return {
    size,
    candidates: search.candidates,
    minConvictionChance: search.threshold,
    yours: arrestSetValue(state, yoursMask),
    alternative: arrestSetValue(state, altMask),
    alternativePeople: search.people,
    overlap,
  };
}
