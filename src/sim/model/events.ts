import type { Command } from '../commands/commands';
import type { Rejection } from '../commands/rejection';
import type { ThreatOutcome } from './state';

/** What happened in a step, for the store to announce and the view to animate. */
export type SimEvent =
  | { type: 'adopted'; people: number[] }
  | { type: 'syndicate-reached'; syndicate: number }
  | { type: 'country-reached'; country: number }
  | { type: 'rival-platform-falls'; label: string }
  | { type: 'threat-detected'; threat: number }
  | { type: 'threat-resolved'; threat: number; outcome: ThreatOutcome }
  | { type: 'handsets-supplied'; count: number }
  | { type: 'leak' }
  | { type: 'authorisation-ended' }
  | { type: 'raid'; syndicate: number; arrests: number }
  | { type: 'takedown'; arrests: number }
  | { type: 'command-rejected'; command: Command; rejection: Rejection };
