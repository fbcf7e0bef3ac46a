/**
 * Why a command could not apply, as data: a code and the numbers it is about. The view words it
 * (catalogue keys `rejected.<code>`), so the core holds no sentence a person reads.
 */
export type Rejection =
  | { readonly code: 'takedown-done' }
  | { readonly code: 'operation-over' }
  | { readonly code: 'invalid-command' }
  | { readonly code: 'not-enough-handsets'; readonly available: number }
  | { readonly code: 'unreachable'; readonly person: number }
  | { readonly code: 'no-such-syndicate'; readonly syndicate: number }
  | { readonly code: 'no-such-message'; readonly message: number }
  | { readonly code: 'no-such-person'; readonly person: number }
  | { readonly code: 'already-tagged'; readonly message: number; readonly person: number }
  | { readonly code: 'no-reading-hours' }
  | { readonly code: 'no-such-threat'; readonly threat: number }
  | { readonly code: 'threat-not-detected' }
  | { readonly code: 'threat-answered' }
  | { readonly code: 'threat-deadline-passed' }
  | { readonly code: 'no-such-country'; readonly country: string }
  | { readonly code: 'not-enough-officers'; readonly available: number };

export type RejectionCode = Rejection['code'];

// A record, so the compiler checks that every code is listed exactly once.
const CODES: Readonly<Record<RejectionCode, true>> = {
  'takedown-done': true,
  'operation-over': true,
  'invalid-command': true,
  'not-enough-handsets': true,
  unreachable: true,
  'no-such-syndicate': true,
  'no-such-message': true,
  'no-such-person': true,
  'already-tagged': true,
  'no-reading-hours': true,
  'no-such-threat': true,
  'threat-not-detected': true,
  'threat-answered': true,
  'threat-deadline-passed': true,
  'no-such-country': true,
  'not-enough-officers': true,
};

/** Every rejection code, for tests that each one is worded. */
export const REJECTION_CODES = Object.keys(CODES) as readonly RejectionCode[];
