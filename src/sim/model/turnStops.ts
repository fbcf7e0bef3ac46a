import type { SimEvent } from './events';

/**
 * What ends a turn played "to the next event": whatever would stop the clock (a threat read, the
 * leak, the end of the authorisation) and whatever the activity log reports as a turn of the story
 * (the network reaching a new syndicate or country, a rival platform falling, a threat's outcome,
 * a raid, the takedown). Daily routine (handsets adopted or supplied) and refused commands are not.
 */
const TURN_STOPS: ReadonlySet<SimEvent['type']> = new Set([
  'threat-detected',
  'leak',
  'authorisation-ended',
  'syndicate-reached',
  'country-reached',
  'rival-platform-falls',
  'threat-resolved',
  'raid',
  'takedown',
]);

/** Whether a day's events end a turn played to the next event. */
export function isTurnStop(events: readonly SimEvent[]): boolean {
  return events.some((event) => TURN_STOPS.has(event.type));
}
