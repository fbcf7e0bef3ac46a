import type { Seizures } from '../model/state';

export interface TakedownResult {
  readonly day: number;
  /** ISO codes of the countries acted in; empty means every country reached. */
  readonly countries: readonly string[];
  readonly officers: number;
  /** False when the interception's authorisation had ended: its evidence cannot be used. */
  readonly admissible: boolean;
  readonly arrested: readonly number[];
  readonly expectedConvictions: number;
  readonly seized: Seizures;
  readonly dismantled: readonly number[];
}
