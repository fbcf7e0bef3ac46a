import type { SimState } from '../model/state';

/** Hours a person of the task force takes to read, decode and file one intercept. */
export const READ_HOURS = 0.25;
/** Unspent reading hours keep for this many days' worth, so a pause to read is not wasted. */
const HOURS_KEPT_DAYS = 14;

/** The most reading hours the task force can have in hand. */
export function readingHoursCap(state: SimState): number {
  return state.scenario.activity.readingHoursPerDay * HOURS_KEPT_DAYS;
}

/** Whether there are the hours left today to read one more intercept. */
export function canReadAnother(state: SimState): boolean {
  return state.readingHours + 1e-9 >= READ_HOURS;
}

/** Intercepts the hours in hand would read. */
export function readsLeft(state: SimState): number {
  return Math.floor((state.readingHours + 1e-9) / READ_HOURS);
}

/** A new day's reading hours. */
export function accrueReadingHours(state: SimState): void {
  state.readingHours = Math.min(
    readingHoursCap(state),
    state.readingHours + state.scenario.activity.readingHoursPerDay,
  );
}

export function spendReadingHours(state: SimState): void {
  state.readingHours = Math.max(0, state.readingHours - READ_HOURS);
}
