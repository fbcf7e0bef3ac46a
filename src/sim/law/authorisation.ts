import type { SimState } from '../model/state';
import type { Scenario } from '../scenario/schema';

/**
 * The court order behind the interception server has an end day. Evidence gathered, and
 * arrests made on it, count only while it is in force: up to and including that day.
 */
export function isAdmissibleOn(scenario: Scenario, day: number): boolean {
  return day <= lastAdmissibleDay(scenario);
}

/** The authorisation's last day: the last on which evidence can be gathered and used. */
export function lastAdmissibleDay(scenario: Scenario): number {
  return scenario.days.authorisationEnd;
}

/** Whether what is intercepted and used today still counts in court. */
export function isAdmissible(state: SimState): boolean {
  return isAdmissibleOn(state.scenario, state.day);
}

/** Days the authorisation still runs after today: 0 on its last day, negative once it has ended. */
export function authorisationDaysLeft(state: SimState): number {
  return lastAdmissibleDay(state.scenario) - state.day;
}

/** Today is the authorisation's last day: the player is told, and the clock stops. */
export function authorisationEndsToday(state: SimState): boolean {
  return authorisationDaysLeft(state) === 0;
}
