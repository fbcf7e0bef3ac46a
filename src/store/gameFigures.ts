import { countReached, type SimState } from '../sim';

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
  readonly over: boolean;
}

const DAY_MS = 86_400_000;

export function calendarDate(startDate: string, day: number): string {
  return new Date(Date.parse(`${startDate}T00:00:00Z`) + day * DAY_MS).toISOString().slice(0, 10);
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
    daysUntilAuthorisationEnds: sim.scenario.days.authorisationEnd - sim.day,
    over: sim.takedown !== null || sim.day >= sim.scenario.days.max,
  };
}
