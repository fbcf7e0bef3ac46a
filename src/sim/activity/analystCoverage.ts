import type { SimState } from '../model/state';

/**
 * Share of each syndicate's traffic that analysts read today. Focused syndicates are
 * read first; whatever capacity is left is spread evenly over everyone else's traffic.
 */
export function analystCoverage(state: SimState): Float64Array {
  const { net, scenario, activeBySyndicate, analystFocus } = state;
  const rate = scenario.activity.messagesPerDeviceDay;
  const capacity = scenario.activity.analystCapacity;
  const coverage = new Float64Array(net.syndicateCount);
  let focusedTraffic = 0;
  for (const s of analystFocus) focusedTraffic += activeBySyndicate[s] * rate;
  const totalTraffic = state.activeHandsets * rate;
  const focusedShare = focusedTraffic > 0 ? Math.min(1, capacity / focusedTraffic) : 0;
  const remaining = Math.max(0, capacity - focusedTraffic);
  const otherTraffic = totalTraffic - focusedTraffic;
  const otherShare = otherTraffic > 0 ? Math.min(1, remaining / otherTraffic) : 0;
  coverage.fill(otherShare);
  for (const s of analystFocus) coverage[s] = focusedShare;
  return coverage;
}
