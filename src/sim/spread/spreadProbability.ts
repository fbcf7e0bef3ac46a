/**
 * Chance that a non-holder adopts today:
 * p = 1 − exp(−β · s_role · Σ w_uv · (1 + γ·f_v) · shock(t)),
 * with Σ w_uv the trust weights of ties to active holders and f_v the share of
 * v's contacts already on the platform (the network effect).
 */
export function spreadProbability(...factors: Parameters<typeof spreadHazard>): number {
  return adoptionChance(spreadHazard(...factors));
}

/** The chance of adopting, given the hazard. */
export function adoptionChance(hazard: number): number {
  return 1 - Math.exp(-hazard);
}

/** The exponent of spreadProbability; since 1 − e^(−x) ≤ x, a draw above it can skip the exp. */
export function spreadHazard(
  beta: number,
  susceptibility: number,
  trustPressure: number,
  gamma: number,
  contactShare: number,
  shock: number,
): number {
  return beta * susceptibility * trustPressure * (1 + gamma * contactShare) * shock;
}

export interface Shock {
  readonly day: number;
  readonly factor: number;
  readonly days: number;
}

/** Demand multiplier on a day: rival platforms taken down send their users looking for a new one. */
export function shockFactor(shocks: readonly Shock[], day: number): number {
  let factor = 1;
  for (const shock of shocks) if (day >= shock.day && day < shock.day + shock.days) factor *= shock.factor;
  return factor;
}
