import { evidenceFromReading, soundEvidence } from '../intercepts/readAndTag';
import type { SimState } from '../model/state';
import { convictionChance, courtChance } from '../takedown/convictionChance';
import { round1 } from './round1';

/** A case a court would more likely than not convict on. */
const STRONG_CASE = 0.5;

/** People with a strong case against them: more than the officers can arrest, at classroom size. */
export function peopleWithStrongCases(state: SimState): number {
  let count = 0;
  for (let p = 0; p < state.net.size; p++) if (courtChance(state, p) >= STRONG_CASE) count++;
  return count;
}

/** Expected convictions of everyone arrested, and the part the task force's own reading added. */
export function convictionsOwed(state: SimState): { expected: number; fromReading: number } {
  const scale = state.scenario.takedown.evidenceScale;
  const owed = evidenceFromReading(state);
  let expected = 0;
  let withoutReading = 0;
  for (let p = 0; p < state.net.size; p++) {
    if (state.arrestedDay[p] < 0) continue;
    expected += courtChance(state, p);
    withoutReading += convictionChance(Math.max(0, soundEvidence(state, p) - owed[p]), scale);
  }
  return { expected: round1(expected), fromReading: round1(expected - withoutReading) };
}

/** Days with a rumour that the phone is police in the feed, from the first doubt until the leak. */
export function leakWarningDays(state: SimState): number {
  if (state.warningDay < 0) return 0;
  const end = state.leakDay >= 0 ? state.leakDay : state.day;
  const days = new Set<number>();
  for (const m of state.feed)
    if (m.category === 'rumour' && m.day >= state.warningDay && m.day < end) days.add(m.day);
  return days.size;
}
