import { chance, pick, type RngState } from '../random/rng';
import { type CalendarDate, dateOfDay, MONTHS, ordinal, WEEKDAYS } from './calendar';

/** How far ahead a bare weekday ("before Friday") still names one day unambiguously. */
const WEEKDAY_HORIZON = 6;

function dateForms(date: CalendarDate, ahead: number): string[] {
  const weekday = WEEKDAYS[date.weekday];
  const forms = [
    `the ${ordinal(date.day)}`,
    `${date.day}/${date.month}`,
    `${date.day} ${MONTHS[date.month - 1]}`,
    `${weekday} the ${ordinal(date.day)}`,
  ];
  return ahead <= WEEKDAY_HORIZON ? [weekday, weekday, ...forms] : forms;
}

function written(form: string, translated: boolean): string {
  return translated ? form : form.toLowerCase();
}

/** When a shipment lands, as the sender would put it: "on the 14th", "on 14/6", "on friday the 14th". */
export function arrivalPhrase(
  startDate: string,
  sentDay: number,
  day: number,
  translated: boolean,
  rng: RngState,
): string {
  const form = pick(rng, dateForms(dateOfDay(startDate, day), day - sentDay));
  return written(`on ${form}`, translated);
}

/** A deadline: "Friday", "the 14th", "14/6". */
export function deadlinePhrase(
  startDate: string,
  sentDay: number,
  day: number,
  translated: boolean,
  rng: RngState,
): string {
  return written(pick(rng, dateForms(dateOfDay(startDate, day), day - sentDay)), translated);
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Money as chat writes it: "£250,000" or "250k" (amounts are whole thousands). */
export function amountPhrase(amountGBP: number, rng: RngState): string {
  if (amountGBP % 1000 === 0 && chance(rng, 0.5)) return `${amountGBP / 1000}k`;
  return `£${thousands(amountGBP)}`;
}
