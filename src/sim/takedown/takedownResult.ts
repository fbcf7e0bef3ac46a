import type { Seizures } from '../model/state';
import type { TakedownPriority } from './priority';

export interface TakedownResult {
  readonly day: number;
  /** ISO codes of the countries acted in; empty means every country reached. */
  readonly countries: readonly string[];
  /** Officers committed, in whole teams: those asked for, at most what the countries brought. */
  readonly officers: number;
  readonly priority: TakedownPriority;
  /** The people and syndicates the orders named, as given. */
  readonly people: readonly number[];
  readonly syndicates: readonly number[];
  /** True when someone in a partner country warned the targets before the day. */
  readonly warned: boolean;
  /** False when the interception's authorisation had ended: its evidence cannot be used. */
  readonly admissible: boolean;
  readonly arrested: readonly number[];
  readonly expectedConvictions: number;
  readonly seized: Seizures;
  readonly dismantled: readonly number[];
}
