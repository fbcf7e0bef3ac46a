/**
 * Daily chance that doubt about the handset starts (a researcher, a journalist, a corrupt officer):
 * a floor, more when the platform is large (scaled to the real operation's ~12,000), more with
 * heat, more as the syndicates with a police contact come onto the platform (in full once all have).
 */
export function leakHazard(
  risk: { leakBase: number; leakPer12kHandsets: number; leakPerHeat: number; policeContactHazard: number },
  activeHandsets: number,
  scale: number,
  heat: number,
  policeContactsOnPlatformShare: number,
): number {
  return Math.min(
    1,
    risk.leakBase +
      (risk.leakPer12kHandsets * activeHandsets) / (12000 * scale) +
      risk.leakPerHeat * heat +
      risk.policeContactHazard * policeContactsOnPlatformShare,
  );
}
