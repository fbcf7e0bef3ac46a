import type { Command } from '../commands/commands';
import { lastAdmissibleDay } from '../law/authorisation';
import type { SimEvent } from '../model/events';
import type { SimState, ThreatResponse } from '../model/state';
import { seedCandidates } from '../spread/seedCandidates';

/** Day 0: the informant hands the first handsets to the contacts with the widest reach. */
export function firstContacts(state: SimState): Command[] {
  if (state.day !== 0 || state.supply === 0) return [];
  return [{ type: 'seed', people: seedCandidates(state, state.supply) }];
}

/** Answers every threat analysts read, the same way. */
export function answerThreats(events: readonly SimEvent[], response: ThreatResponse): Command[] {
  return events.flatMap((e) =>
    e.type === 'threat-detected' ? [{ type: 'respondThreat', threat: e.threat, response } as Command] : [],
  );
}

/** Everyone, everywhere, with every officer. */
export function fullTakedown(state: SimState): Command {
  return { type: 'takedown', countries: [], officers: state.scenario.takedown.officers };
}

/** The last days before the authorisation ends, when the real operation acted. */
export function historicalTakedownDay(state: SimState): number {
  return Math.max(0, lastAdmissibleDay(state.scenario) - 2);
}
