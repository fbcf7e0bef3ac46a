/**
 * Daily chance that doubt about the handset starts (a researcher, a journalist, a corrupt officer):
 * a floor, more when the platform is large (scaled to the real operation's ~12,000), more with
 * heat, more for each syndicate with a police contact on the platform.
 */
export function leakHazard(
  risk: { leakBase: number; leakPer12kHandsets: number; leakPerHeat: number; policeContactHazard: number },
  activeHandsets: number,
  scale: number,
  heat: number,
  policeContacts: number,
): number {
  return Math.min(
    1,
    risk.leakBase +
      (risk.leakPer12kHandsets * activeHandsets) / (12000 * scale) +
      risk.leakPerHeat * heat +
      risk.policeContactHazard * policeContacts,
  );
}
