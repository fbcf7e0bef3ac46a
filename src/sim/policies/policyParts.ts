import type { Command } from '../commands/commands';
import { lastAdmissibleDay } from '../law/authorisation';
import type { SimEvent } from '../model/events';
import type { SimState, ThreatResponse } from '../model/state';
import { rankSeedCandidates } from '../spread/seedCandidates';
import type { TakedownPriority } from '../takedown/priority';
import type { SeedingChoice } from './policy';

/**
 * Whenever the informant has handsets to give, they go to the contacts the seeding advice rates
 * best (or worst): the first contacts on day 0, then each month's new supply.
 */
export function handOutHandsets(state: SimState, seeding: SeedingChoice): Command[] {
  if (state.supply === 0) return [];
  const ranked = rankSeedCandidates(state);
  const chosen = seeding === 'best' ? ranked.slice(0, state.supply) : ranked.slice(-state.supply).reverse();
  return chosen.length === 0 ? [] : [{ type: 'seed', people: chosen }];
}

/** Answers every threat analysts read, the same way. */
export function answerThreats(events: readonly SimEvent[], response: ThreatResponse): Command[] {
  return events.flatMap((e) =>
    e.type === 'threat-detected' ? [{ type: 'respondThreat', threat: e.threat, response } as Command] : [],
  );
}

/** Everyone, everywhere, with every officer, the teams going for `priority` first. */
export function fullTakedown(state: SimState, priority: TakedownPriority): Command {
  return { type: 'takedown', countries: [], officers: state.scenario.takedown.officers, priority };
}

/** The last days before the authorisation ends, when the real operation acted. */
export function historicalTakedownDay(state: SimState): number {
  return Math.max(0, lastAdmissibleDay(state.scenario) - 2);
}
