import type { SimState } from '../../model/state';
import { courtChance } from '../../takedown/convictionChance';
import { personConvictionPoints } from '../arrestPoints';
import { arrestedMask } from '../crossTies';
import { round1 } from '../round1';
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
  /** Who differs: people only you arrested, and people only the alternative holds, the most points first. */
  readonly onlyYours: readonly number[];
  readonly onlyAlternative: readonly number[];
  /** The alternative's arrest points less yours (negative when yours did better). */
  readonly pointsGained: number;
}

/**
 * Both sets are scored as if everyone in them was arrested, so the comparison is about
 * the choice of targets, not about luck on the day (the what-ifs show timing and leaks).
 */
export function compareKeyPlayers(state: SimState): KeyPlayerComparison {
  const yoursMask = arrestedMask(state.arrestedDay);
  let size = 0;
  let threshold = MIN_CONVICTION_CHANCE;
  for (let p = 0; p < yoursMask.length; p++) {
    if (yoursMask[p] === 0) continue;
    size++;
    threshold = Math.min(threshold, courtChance(state, p));
  }
  const search = keyPlayerSet(state, size, threshold);
  const altMask = new Uint8Array(state.net.size);
  let overlap = 0;
  for (const p of search.people) {
    altMask[p] = 1;
    overlap += yoursMask[p];
  }
  const mostPointsFirst = (a: number, b: number) =>
    personConvictionPoints(state, b) - personConvictionPoints(state, a) || a - b;
  const onlyYours: number[] = [];
  for (let p = 0; p < yoursMask.length; p++) if (yoursMask[p] === 1 && altMask[p] === 0) onlyYours.push(p);
  const onlyAlternative = search.people.filter((p) => yoursMask[p] === 0);
  const yours = arrestSetValue(state, yoursMask);
  const alternative = arrestSetValue(state, altMask);
  return {
    size,
    candidates: search.candidates,
    minConvictionChance: search.threshold,
    yours,
    alternative,
    alternativePeople: search.people,
    overlap,
    onlyYours: onlyYours.sort(mostPointsFirst),
    onlyAlternative: onlyAlternative.sort(mostPointsFirst),
    pointsGained: round1(alternative.points.total - yours.points.total),
  };
}
