import { soundEvidence } from '../intercepts/readAndTag';
import type { SimState } from '../model/state';

/** Chance a charge sticks given E analysed incriminating messages: 1 − exp(−E/E0). */
export function convictionChance(evidence: number, evidenceScale: number): number {
  return evidence <= 0 ? 0 : 1 - Math.exp(-evidence / evidenceScale);
}

/** The evidence at which the conviction chance reaches `chance` (the inverse of convictionChance). */
export function evidenceForChance(chance: number, evidenceScale: number): number {
  return -evidenceScale * Math.log(1 - chance);
}

/**
 * How strong the case against a person looks: their evidence as the task force counts it,
 * wrong tags included (a misreading does not give itself away). The case file, the takedown
 * planner and the arrest teams go by this.
 */
export function caseStrength(state: SimState, person: number): number {
  return convictionChance(state.evidence[person], state.scenario.takedown.evidenceScale);
}

/** The chance a court convicts: on sound evidence only, since wrong tags convict nobody. */
export function courtChance(state: SimState, person: number): number {
  return convictionChance(soundEvidence(state, person), state.scenario.takedown.evidenceScale);
}
