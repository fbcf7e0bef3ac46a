import type { SimState } from '../../sim';
import { type SyndicateLabel, syndicateLabel } from './names';

export interface SyndicateRow extends SyndicateLabel {
  readonly size: number;
  /** Members using a handset today. */
  readonly active: number;
  /** Members with analysed evidence against them. */
  readonly withEvidence: number;
  readonly focused: boolean;
}

/** Every syndicate a handset has reached, those with the most handsets in use first. */
export function syndicateRows(sim: SimState): SyndicateRow[] {
  const { net } = sim;
  const withEvidence = new Int32Array(net.syndicateCount);
  for (let p = 0; p < net.size; p++)
    if (sim.evidence[p] > 0 && sim.arrestedDay[p] < 0) withEvidence[net.syndicateOf[p]]++;
  const focused = new Set(sim.analystFocus);
  const rows: SyndicateRow[] = [];
  for (let s = 0; s < net.syndicateCount; s++) {
    if (sim.syndicateReachedDay[s] < 0) continue;
    rows.push({
      ...syndicateLabel(net, s),
      size: net.firstMember[s + 1] - net.firstMember[s],
      active: sim.activeBySyndicate[s],
      withEvidence: withEvidence[s],
      focused: focused.has(s),
    });
  }
  return rows.sort((a, b) => b.active - a.active || a.syndicate - b.syndicate);
}
