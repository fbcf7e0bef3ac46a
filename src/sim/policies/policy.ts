import type { Command } from '../commands/commands';
import type { SimEvent } from '../model/events';
import type { SimState } from '../model/state';

export interface PolicyOptions {
  /** Overrides the policy's own choice of takedown day. */
  readonly takedownDay?: number;
}

/** A headless player: looks at the state and yesterday's events, issues ordinary commands. */
export interface Policy {
  readonly name: string;
  decide(state: SimState, events: readonly SimEvent[]): Command[];
}
