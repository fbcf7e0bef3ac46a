/**
 * Points per unit, shown to players beside each part of the score. Counts are first
 * scaled to the full-size operation (a quarter-scale run's arrests count four times),
 * so the same play scores alike on every scenario.
 */
export const SCORE_WEIGHTS = {
  /** Per expected conviction, times the role's value (boss 10, lieutenant/broker 6, … soldier 1). */
  conviction: 1,
  dismantledSyndicate: 10,
  /** For cutting every tie between syndicates; a share, so it is not scaled. */
  allCrossTiesCut: 500,
  cocaineTonne: 10,
  otherDrugsTonne: 5,
  gun: 0.5,
  cashMillionGBP: 2,
  lifeLost: -15,
  /** Once, if the handset was exposed; not scaled. */
  leak: -100,
  /** Per officer-day: officers are not free, but a good arrest is worth far more. */
  officerDay: -0.005,
  /** Zero on purpose: what reading innocent-looking messages should cost is for the class to argue. */
  personReadNeverCharged: 0,
} as const;
