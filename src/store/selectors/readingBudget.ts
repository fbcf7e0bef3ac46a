import {
  READ_HOURS,
  RUMOUR_WEEK_DAYS,
  readingHoursCap,
  readsLeft,
  rumoursRead,
  type SimState,
} from '../../sim';

/** The task force's own reading hours, as the inbox shows them. */
export interface ReadingBudget {
  /** Hours in hand now. */
  readonly hours: number;
  /** Intercepts those hours would read. */
  readonly reads: number;
  /** Hours that come each day, and the intercepts they read. */
  readonly perDay: number;
  readonly readsPerDay: number;
  /** Hours one intercept takes to read, decode and file. */
  readonly hoursPerRead: number;
  /** The most hours that keep; at the cap, a day's new hours go unused. */
  readonly cap: number;
  readonly full: boolean;
}

export function readingBudget(sim: SimState): ReadingBudget {
  const perDay = sim.scenario.activity.readingHoursPerDay;
  const cap = readingHoursCap(sim);
  return {
    hours: sim.readingHours,
    reads: readsLeft(sim),
    perDay,
    readsPerDay: Math.floor(perDay / READ_HOURS + 1e-9),
    hoursPerRead: READ_HOURS,
    cap,
    full: cap > 0 && sim.readingHours + 1e-9 >= cap,
  };
}

/** Rumours that the phone is police the player has read this past week (the core's count). */
export function rumoursThisWeek(sim: SimState): number {
  return rumoursRead(sim, RUMOUR_WEEK_DAYS);
}
