import type { TakedownPriority } from './priority';

/** What the day of action is told to do: the takedown command without its type. */
export interface TakedownOrders {
  /** ISO codes of the countries in the plan; empty means every country of the network. */
  readonly countries: readonly string[];
  /** Officers asked for; the countries in the plan bring at most their share (see officers.ts). */
  readonly officers: number;
  /** Whom the teams left after the named targets go for; absent means 'key-player'. */
  readonly priority?: TakedownPriority;
  /** People the player named, gone for first in this order. */
  readonly people?: readonly number[];
  /** Syndicates the player named: their people are gone for next, those who hold it together first. */
  readonly syndicates?: readonly number[];
}
