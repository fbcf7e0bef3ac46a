import { type CommandLog, commandSchema, isValidSeed, parseScenario, type Scenario, z } from '../sim';

export const SAVE_KEY = 'backchannel.save';
/** Where an unreadable save is kept, so a bad load never destroys the only copy. */
export const UNREADABLE_SAVE_KEY = 'backchannel.save.unreadable';
export const SAVE_FORMAT = 1;

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
  seed: z.number().refine(isValidSeed, 'must be a whole number from 0 to 4294967295'),
  day: z.number().int().min(0).max(5000),
  commands: z.record(z.string().regex(/^\d+$/), z.array(commandSchema).max(200)),
});

export type DecodedSave = { ok: true; save: SavedGame } | { ok: false; reason: string };

export function encodeSave(save: SavedGame): string {
  return JSON.stringify(save);
}

/** Reads a stored save; every way it can be broken gives a reason a person can read. */
export function decodeSave(text: string): DecodedSave {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved game is not readable (it is not valid JSON)' };
  }
  const parsed = saveSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'the save';
    return { ok: false, reason: `the saved game is damaged (${where}: ${issue.message})` };
  }
  const scenario = parseScenario(parsed.data.scenario);
  if (!scenario.ok)
    return { ok: false, reason: `the saved game's scenario is not valid (${scenario.errors[0]})` };
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
