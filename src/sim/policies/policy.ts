import type { Command } from '../commands/commands';
import type { SimEvent } from '../model/events';
import type { SimState } from '../model/state';
import type { TakedownPriority } from '../takedown/priority';

/** Which end of the seeding advice a policy hands handsets to. */
export const SEEDING_CHOICES = ['best', 'worst'] as const;
export type SeedingChoice = (typeof SEEDING_CHOICES)[number];

/** Whether a policy reads and tags what a careful player would, or leaves it all to the analysts. */
export const READING_CHOICES = ['diligent', 'none'] as const;
export type ReadingChoice = (typeof READING_CHOICES)[number];

export interface PolicyOptions {
  /** Overrides the policy's own choice of takedown day. */
  readonly takedownDay?: number;
  /** Default 'best'. */
  readonly seeding?: SeedingChoice;
  /** Default 'diligent'. */
  readonly reading?: ReadingChoice;
  /** Whom the takedown's teams go for; default 'key-player'. */
  readonly targets?: TakedownPriority;
}

/** A headless player: looks at the state and yesterday's events, issues ordinary commands. */
export interface Policy {
  readonly name: string;
  decide(state: SimState, events: readonly SimEvent[]): Command[];
}
