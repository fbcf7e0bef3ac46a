/** What the day's leak hazard depends on. */
export interface Exposure {
  readonly activeHandsets: number;
  /** The scenario's scale: sizes are measured against the real operation's ~12,000 handsets. */
  readonly scale: number;
  readonly heat: number;
  /** Share (0–1) of the syndicates with a police contact that hold handsets. */
  readonly policeContactsOnPlatform: number;
  /** The platform's age as a share of the authorisation's length: the longer it runs, the more eyes on it. */
  readonly age: number;
}

type LeakRisk = {
  leakBase: number;
  leakFromAge: number;
  leakPer12kHandsets: number;
  leakPerHeat: number;
  policeContactHazard: number;
};

/**
 * Daily chance that doubt about the handset starts (a researcher, a journalist, a corrupt officer):
 * a floor; more the longer the platform has run (with the fourth power of its age: word spreads
 * faster the more people know, `leakFromAge` in full at the authorisation's end); more when it is large (scaled to the real operation's ~12,000); more with
 * heat; more as the syndicates with a police contact come onto it (in full once all have).
 */
export function leakHazard(risk: LeakRisk, exposure: Exposure): number {
  return Math.min(
    1,
    risk.leakBase +
      risk.leakFromAge * exposure.age ** 4 +
      (risk.leakPer12kHandsets * exposure.activeHandsets) / (12000 * exposure.scale) +
      risk.leakPerHeat * exposure.heat +
      risk.policeContactHazard * exposure.policeContactsOnPlatform,
  );
}
