/**
 * Daily chance that a researcher or journalist exposes the handset: a floor, more
 * when the platform is large (scaled to the real operation's ~12,000), more with heat.
 */
export function leakHazard(
  risk: { leakBase: number; leakPer12kHandsets: number; leakPerHeat: number },
  activeHandsets: number,
  scale: number,
  heat: number,
): number {
  return Math.min(
    1,
    risk.leakBase + (risk.leakPer12kHandsets * activeHandsets) / (12000 * scale) + risk.leakPerHeat * heat,
  );
}
