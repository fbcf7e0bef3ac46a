/** Chance a charge sticks given E analysed incriminating messages: 1 − exp(−E/E0). */
export function convictionChance(evidence: number, evidenceScale: number): number {
  return evidence <= 0 ? 0 : 1 - Math.exp(-evidence / evidenceScale);
}

/** The evidence at which the conviction chance reaches `chance` (the inverse of convictionChance). */
export function evidenceForChance(chance: number, evidenceScale: number): number {
  return -evidenceScale * Math.log(1 - chance);
}
