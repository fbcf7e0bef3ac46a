import {
  authorisationDaysLeft,
  countReached,
  isAdmissible,
  isOver,
  isoDateOfDay,
  lastAdmissibleDay,
  type SimState,
} from '../sim';

/** What the HUD shows, copied out of the simulation after each change so views can compare slices. */
export interface GameFigures {
  readonly day: number;
  /** The calendar date of the day, YYYY-MM-DD. */
  readonly date: string;
  readonly handsets: number;
  readonly handsetsActive: number;
  readonly syndicatesReached: number;
  readonly countriesReached: number;
  readonly messages: number;
  readonly heat: number;
  readonly leakDay: number | null;
  readonly supply: number;
  readonly daysUntilAuthorisationEnds: number;
  /** The authorisation's last day: evidence gathered up to and including it counts. */
  readonly lastAdmissibleDay: number;
  /** What is intercepted and used today still counts in court. */
  readonly admissible: boolean;
  readonly over: boolean;
}

/** The calendar date (YYYY-MM-DD) of a day of the scenario, by the core's one calendar. */
export function calendarDate(startDate: string, day: number): string {
  return isoDateOfDay(startDate, day);
}

export function gameFigures(sim: SimState): GameFigures {
  return {
    day: sim.day,
    date: calendarDate(sim.scenario.startDate, sim.day),
    handsets: sim.holderCount,
    handsetsActive: sim.activeHandsets,
    syndicatesReached: countReached(sim.syndicateReachedDay),
    countriesReached: countReached(sim.countryReachedDay),
    messages: Math.round(sim.messages),
    heat: sim.heat,
    leakDay: sim.leakDay >= 0 ? sim.leakDay : null,
    supply: sim.supply,
    daysUntilAuthorisationEnds: authorisationDaysLeft(sim),
    lastAdmissibleDay: lastAdmissibleDay(sim.scenario),
    admissible: isAdmissible(sim),
    over: isOver(sim),
  };
}
