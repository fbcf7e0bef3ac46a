import type { FormatHistory, Migration } from '../files/versioned';
import { CURRENT_SCENARIO_VERSION } from './schema';

/**
 * Each entry lifts a scenario from `from` to `from + 1`. Files only ever migrate forward, one
 * version at a time, so any old file reaches the current shape. What changed is said in a comment
 * for the people who read the list; players are told only the version a file was lifted from.
 */

export const scenarioMigrations: readonly Migration[] = [
  // days and authorisationEndDay were top-level numbers; they moved into days { max, authorisationEnd }.
  {
    from: 1,
    up: ({ days, authorisationEndDay, ...rest }) => ({
      ...rest,
      version: 2,
      days: { max: days, authorisationEnd: authorisationEndDay },
    }),
  },
  // Added play { minutes } (at the old clock pace of 1.5 days a second), messages { categories } (all
  // shown) and seed (null: one per game).
  {
    from: 2,
    up: (old) => ({
      ...old,
      version: 3,
      play: { minutes: playMinutesAtOldPace(old.days) },
      messages: { categories: [...VERSION_3_CATEGORIES] },
      seed: null,
    }),
  },
  // Added play.mode: games start on the clock, as they always had.
  {
    from: 3,
    up: (old) => ({ ...old, version: 4, play: withClockMode(old.play) }),
    additive: true,
  },
  // Added the choices' costs: trusted bridges and police contacts (network), coded speech and the
  // task force's reading hours (activity), police-contact hazard, warning days and real threats
  // (risk), partner warnings (takedown), and the rumour kind of message. Each takes today's value,
  // except that every threat in an older file stays real, as threats were then.
  {
    from: 4,
    up: (old) => ({
      ...old,
      version: 5,
      network: withFields(old.network, { trustedBridges: 2, policeContactShare: 0.1 }),
      activity: withFields(old.activity, {
        plainSpeech: { ...PLAIN_SPEECH },
        focusedPlainSpeech: 0.5,
        readingHoursPerDay: 1.5,
      }),
      risk: withFields(old.risk, {
        policeContactHazard: 0.0002,
        leakFromAge: 0,
        warningDays: { min: 7, max: 28 },
        realThreatShare: 1,
      }),
      takedown: withFields(old.takedown, { partnerWarning: 0.003 }),
      messages: withRumours(old.messages),
    }),
    additive: true,
  },
];

/** The kinds of message there were when version 3 added the list. */
const VERSION_3_CATEGORIES = ['shipment', 'money', 'weapons', 'threat', 'meeting', 'noise'];

const PLAIN_SPEECH = {
  boss: 0.1,
  lieutenant: 0.25,
  broker: 1,
  launderer: 1,
  enforcer: 1,
  courier: 1,
  soldier: 1,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A block gains fields it lacks; anything that is not a block is left for the schema to explain. */
function withFields(block: unknown, fields: Record<string, unknown>): unknown {
  return isRecord(block) ? { ...fields, ...block } : block;
}

/** Rumours that the phone is police are shown wherever messages were. */
function withRumours(messages: unknown): unknown {
  if (!isRecord(messages) || !Array.isArray(messages.categories)) return messages;
  const categories = messages.categories as unknown[];
  return categories.includes('rumour') ? messages : { ...messages, categories: [...categories, 'rumour'] };
}

/** Version 2 games ran at 1.5 days a second at 1×; kept, so an old scenario plays as it did. */
function playMinutesAtOldPace(days: unknown): unknown {
  const max = (days as { max?: unknown } | undefined)?.max;
  return typeof max === 'number' ? Math.min(120, Math.max(5, Math.round(max / 1.5 / 60))) : max;
}

/** A version 3 play block gains mode 'clock'; anything else is left for the schema to explain. */
function withClockMode(play: unknown): unknown {
  return isRecord(play) ? { ...play, mode: 'clock' } : play;
}

export const OLDEST_SCENARIO_VERSION = 1;

/**
 * Whether changes written against a built-in scenario of `version` still describe the same scenario
 * when applied to today's built-in: true when every step since only added fields.
 */
export function changesStillApply(version: number): boolean {
  return (
    Number.isInteger(version) &&
    version >= OLDEST_SCENARIO_VERSION &&
    version <= CURRENT_SCENARIO_VERSION &&
    scenarioMigrations.every((m) => m.from < version || m.additive === true)
  );
}

export const SCENARIO_HISTORY: FormatHistory = {
  field: 'version',
  current: CURRENT_SCENARIO_VERSION,
  oldest: OLDEST_SCENARIO_VERSION,
  migrations: scenarioMigrations,
};
