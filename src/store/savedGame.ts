import {
  type CommandLog,
  commandSchema,
  type FormatHistory,
  fieldOfIssue,
  formatProblem,
  isValidSeed,
  type Migration,
  migrate,
  parseScenario,
  type Scenario,
  z,
} from '../sim';

export const SAVE_KEY = 'backchannel.save';
/** Where an unreadable save is kept, so a bad load never destroys the only copy. */
export const UNREADABLE_SAVE_KEY = 'backchannel.save.unreadable';
export const SAVE_FORMAT = 1;
/**
 * Each entry lifts a save from format `from` to `from + 1`, so a game saved by an older copy of
 * the game still resumes after an update. Format 1 is the first there has been. (The scenario
 * inside a save migrates by its own version, as a scenario file does.)
 */
const saveMigrations: readonly Migration[] = [];
const SAVE_HISTORY: FormatHistory = {
  field: 'format',
  current: SAVE_FORMAT,
  oldest: 1,
  migrations: saveMigrations,
};

/** A save is the replay: scenario, seed and the commands by day, plus the day reached. */
export interface SavedGame {
  readonly format: typeof SAVE_FORMAT;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly day: number;
  readonly commands: CommandLog;
}

const saveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  scenario: z.unknown(),
  seed: z.number().refine(isValidSeed),
  day: z.number().int().min(0).max(5000),
  commands: z.record(z.string().regex(/^\d+$/), z.array(commandSchema).max(200)),
});

/** Why a stored game cannot be resumed: a code the view's catalogue words. */
export type SaveProblem =
  | { readonly code: 'not-json' | 'unknown-format' | 'replay-failed' }
  /** Saved by a later copy of the game, whose format this one cannot know. */
  | { readonly code: 'newer-format'; readonly format: number }
  /** The dotted path of the first field that is missing or wrong ("" for the whole save). */
  | { readonly code: 'invalid-field'; readonly field: string }
  /** `detail`: the scenario validation's path and plain reason, as scenario files show it. */
  | { readonly code: 'invalid-scenario'; readonly detail: string };

export type DecodedSave = { ok: true; save: SavedGame } | { ok: false; problem: SaveProblem };

export function encodeSave(save: SavedGame): string {
  return JSON.stringify(save);
}

const fail = (problem: SaveProblem): DecodedSave => ({ ok: false, problem });

/** Reads (and migrates) a stored save; every way it can be broken has its own code. Never throws. */
export function decodeSave(text: string): DecodedSave {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  const migrated = migrate(json, SAVE_HISTORY);
  if (!migrated.ok) return fail(formatProblem(migrated));
  const parsed = saveSchema.safeParse(migrated.data);
  if (!parsed.success) return fail({ code: 'invalid-field', field: fieldOfIssue(parsed.error.issues[0]) });
  const scenario = parseScenario(parsed.data.scenario);
  if (!scenario.ok) return fail({ code: 'invalid-scenario', detail: scenario.errors[0] });
  const commands: CommandLog = {};
  for (const [day, list] of Object.entries(parsed.data.commands)) commands[Number(day)] = list;
  return {
    ok: true,
    save: {
      format: SAVE_FORMAT,
      scenario: scenario.scenario,
      seed: parsed.data.seed,
      day: parsed.data.day,
      commands,
    },
  };
}
