import type { FormatHistory, Migration } from '../files/versioned';
import { MESSAGE_CATEGORIES } from '../intercepts/feed';
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
      messages: { categories: [...MESSAGE_CATEGORIES] },
      seed: null,
    }),
  },
  // Added play.mode: games start on the clock, as they always had.
  {
    from: 3,
    up: (old) => ({ ...old, version: 4, play: withClockMode(old.play) }),
    additive: true,
  },
];

/** Version 2 games ran at 1.5 days a second at 1×; kept, so an old scenario plays as it did. */
function playMinutesAtOldPace(days: unknown): unknown {
  const max = (days as { max?: unknown } | undefined)?.max;
  return typeof max === 'number' ? Math.min(120, Math.max(5, Math.round(max / 1.5 / 60))) : max;
}

/** A version 3 play block gains mode 'clock'; anything else is left for the schema to explain. */
function withClockMode(play: unknown): unknown {
  return typeof play === 'object' && play !== null && !Array.isArray(play)
    ? { ...play, mode: 'clock' }
    : play;
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
