/** Chance a charge sticks given E analysed incriminating messages: 1 − exp(−E/E0). */
export function convictionChance(evidence: number, evidenceScale: number): number {
  return evidence <= 0 ? 0 : 1 - Math.exp(-evidence / evidenceScale);
}
