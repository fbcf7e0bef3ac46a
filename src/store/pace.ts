import type { Scenario } from '../sim';

/**
 * Days per second at 1×: the scenario's whole run (days.max) in its play minutes. The classroom
 * scenario's 1,000 days in 11 minutes is ~1.5 days a second (~3 minutes at 4×).
 */
export function daysPerSecond(scenario: Pick<Scenario, 'days' | 'play'>): number {
  return scenario.days.max / (scenario.play.minutes * 60);
}
