/**
 * Calendar dates of simulation days, by integer arithmetic on the proleptic Gregorian
 * calendar (H. Hinnant's days-from-civil), because src/sim may not use Date.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
}

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date of simulation day `day` for a scenario starting on `startDate` (YYYY-MM-DD). */
export function dateOfDay(startDate: string, day: number): CalendarDate {
  const [y, m, d] = startDate.split('-').map(Number);
  const days = daysFromCivil(y, m, d) + day;
  // 1970-01-01 (day 0 of the epoch) was a Thursday.
  return { ...civilFromDays(days), weekday: (((days + 3) % 7) + 7) % 7 };
}

/** "Friday 14 June 2019". */
export function longDate(date: CalendarDate): string {
  return `${WEEKDAYS[date.weekday]} ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** "2019-06-14". */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The calendar date (YYYY-MM-DD) of simulation day `day` for a scenario starting on `startDate`. */
export function isoDateOfDay(startDate: string, day: number): string {
  return isoDate(dateOfDay(startDate, day));
}

export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
