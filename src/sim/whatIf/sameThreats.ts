import type { SimState, ThreatToKill } from '../model/state';

/** Lives lost over the threats two runs of the same seed both had (same day, sender, target, deadline). */
export interface SameThreats {
  readonly shared: number;
  readonly livesLostBase: number;
  readonly livesLostHere: number;
}

const key = (t: ThreatToKill) => `${t.day}:${t.sender}:${t.target}:${t.deadline}`;

export function compareSameThreats(base: SimState, here: SimState): SameThreats {
  const inBase = new Map(base.threats.map((t) => [key(t), t]));
  let shared = 0;
  let livesLostBase = 0;
  let livesLostHere = 0;
  for (const t of here.threats) {
    const b = inBase.get(key(t));
    if (!b) continue;
    shared++;
    if (b.outcome === 'killed') livesLostBase++;
    if (t.outcome === 'killed') livesLostHere++;
  }
  return { shared, livesLostBase, livesLostHere };
}
