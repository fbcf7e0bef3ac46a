import lzString from 'lz-string';
import { commandSchema } from '../commands/commands';
import type { SimState } from '../model/state';
import type { CommandLog } from '../policies/runPolicy';
import { replay } from '../policies/runPolicy';
import { isValidSeed } from '../random/seed';
import { BUILT_IN_SCENARIOS } from '../scenario/builtInScenarios';
import { parseScenario } from '../scenario/parseScenario';
import type { Scenario } from '../scenario/schema';
import { type RunReport, reportRun } from '../scoring/report';
import type { Score } from '../scoring/score';
import { fieldOfIssue, formatProblem } from './fileProblems';
import { isRecord, ownValue } from './json';
import { type FormatHistory, type Migration, migrate } from './versioned';
import { z } from './zod';

// lz-string is CommonJS: its default export works under Vite and in Node (the CLI, bench/) alike.
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString;

/**
 * A finished run a student can hand in: the replay (scenario, seed, commands, last day) and the
 * figures it gave, so a teacher's copy of the game can replay it and check that they agree.
 * Nothing personal beyond an optional nickname the student types.
 */
export const RESULT_FORMAT = 1;
/**
 * Each entry lifts a result file from format `from` to `from + 1`, so a result handed in from an
 * older copy of the game still reads. Format 1 is the first there has been.
 */
const resultMigrations: readonly Migration[] = [];
const RESULT_HISTORY: FormatHistory = {
  field: 'format',
  current: RESULT_FORMAT,
  oldest: 1,
  migrations: resultMigrations,
};
export const RESULT_KIND = 'backchannel-result';
export const NICKNAME_MAX = 40;
/** Larger inputs are refused before parsing: no honest result comes near these. */
export const RESULT_TEXT_MAX = 2_000_000;

/** The figures a result records: the report's headline numbers, without the full breakdown. */
export interface ResultFigures {
  readonly days: number;
  readonly takedownDay: number | null;
  readonly admissible: boolean | null;
  readonly handsets: number;
  readonly syndicatesReached: number;
  readonly countriesReached: number;
  readonly messages: number;
  readonly arrests: number;
  readonly expectedConvictions: number | null;
  readonly syndicatesDismantled: number | null;
  readonly seizures: RunReport['seizures'];
  readonly threatsToKill: RunReport['threatsToKill'];
  readonly leaked: boolean;
  readonly leakDay: number | null;
}

export interface RunResult {
  readonly format: typeof RESULT_FORMAT;
  readonly kind: typeof RESULT_KIND;
  /** A built-in scenario by id (when the run used it unchanged), otherwise the whole scenario. */
  readonly scenario: string | Scenario;
  readonly seed: number;
  /** The day the run ended: replaying the commands up to it gives the run's final state. */
  readonly day: number;
  readonly commands: CommandLog;
  readonly score: Score;
  readonly figures: ResultFigures;
  readonly nickname?: string;
}

/** A result read back and replayed: the state is the simulation's, never the file's word. */
export interface ImportedResult {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly day: number;
  readonly commands: CommandLog;
  readonly nickname: string | null;
  readonly sim: SimState;
  /** False when the replay's figures differ from the ones the file recorded (e.g. another game version). */
  readonly matches: boolean;
}

/** Why an input is not a result a person can open: a code the view's catalogue words. */
export type ResultProblem =
  | {
      readonly code:
        | 'empty'
        | 'too-long'
        | 'not-json'
        | 'not-a-code'
        | 'damaged-code'
        | 'not-a-result'
        | 'unknown-format'
        | 'unknown-scenario'
        | 'day-after-end'
        | 'replay-failed'
        | 'unreadable';
    }
  /** Made by a later copy of the game, whose format this one cannot know. */
  | { readonly code: 'newer-format'; readonly format: number }
  /** The dotted path of the first field that is missing or wrong. */
  | { readonly code: 'invalid-field'; readonly field: string }
  /** `detail`: the scenario validation's path and plain reason, as scenario files show it. */
  | { readonly code: 'invalid-scenario'; readonly detail: string }
  | { readonly code: 'commands-after-day'; readonly day: number };

export type DecodedResult = { ok: true; result: ImportedResult } | { ok: false; problem: ResultProblem };

export function resultFigures(r: RunReport): ResultFigures {
  return {
    days: r.days,
    takedownDay: r.takedownDay,
    admissible: r.admissible,
    handsets: r.handsets,
    syndicatesReached: r.syndicatesReached,
    countriesReached: r.countriesReached,
    messages: r.messages,
    arrests: r.arrests,
    expectedConvictions: r.expectedConvictions,
    syndicatesDismantled: r.syndicatesDismantled,
    seizures: r.seizures,
    threatsToKill: r.threatsToKill,
    leaked: r.leaked,
    leakDay: r.leakDay,
  };
}

/** Trimmed, control characters removed, at most NICKNAME_MAX characters; empty means none. */
export function cleanNickname(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return [...text.replace(/[\u0000-\u001f\u007f]/g, '').trim()].slice(0, NICKNAME_MAX).join('');
}

function scenarioRef(scenario: Scenario): string | Scenario {
  const builtIn = ownValue(BUILT_IN_SCENARIOS, scenario.id);
  return builtIn !== undefined && JSON.stringify(builtIn) === JSON.stringify(scenario)
    ? scenario.id
    : scenario;
}

/** The result of a run, from its replay inputs and final state. */
export function makeResult(
  scenario: Scenario,
  seed: number,
  commands: CommandLog,
  sim: SimState,
  nickname = '',
): RunResult {
  const report = reportRun(sim, 'player');
  const name = cleanNickname(nickname);
  return {
    format: RESULT_FORMAT,
    kind: RESULT_KIND,
    scenario: scenarioRef(scenario),
    seed,
    day: sim.day,
    commands,
    score: report.score,
    figures: resultFigures(report),
    ...(name ? { nickname: name } : {}),
  };
}

export function encodeResultFile(result: RunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The same result as a short code a student can paste: compressed, URL- and chat-safe. */
export function encodeResultCode(result: RunResult): string {
  return compressToEncodedURIComponent(JSON.stringify(result));
}

export function resultFileName(result: RunResult): string {
  const id = typeof result.scenario === 'string' ? result.scenario : result.scenario.id;
  return `backchannel-${id}-seed${result.seed}-day${result.day}.json`;
}

const figuresSchema = z.unknown();
const resultSchema = z.strictObject({
  format: z.literal(RESULT_FORMAT),
  kind: z.literal(RESULT_KIND),
  scenario: z.union([z.string().max(40), z.record(z.string(), z.unknown())]),
  seed: z.number().refine(isValidSeed),
  day: z.number().int().min(0).max(5000),
  commands: z.record(z.string().regex(/^\d+$/), z.array(commandSchema).max(2000)),
  score: z.record(z.string(), z.number()),
  figures: figuresSchema,
  nickname: z
    .string()
    .max(NICKNAME_MAX * 4)
    .optional(),
});

/** JSON with object keys sorted, so two records compare equal whatever order a file lists them in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const fail = (problem: ResultProblem): DecodedResult => ({ ok: false, problem });

/**
 * Reads a result file (JSON) or code (compressed); every way it can be wrong has its own code.
 * Never throws: a fault nobody foresaw is refused as `unreadable`, never shown as the error's text.
 */
export function decodeResult(input: string): DecodedResult {
  try {
    return readResult(input);
  } catch {
    return fail({ code: 'unreadable' });
  }
}

function resultJson(text: string): { ok: true; json: unknown } | { ok: false; problem: ResultProblem } {
  if (text.startsWith('{')) {
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch {
      return { ok: false, problem: { code: 'not-json' } };
    }
  }
  const unpacked = /^[A-Za-z0-9+\-$]+$/.test(text) ? decompressFromEncodedURIComponent(text) : null;
  if (!unpacked) return { ok: false, problem: { code: 'not-a-code' } };
  try {
    return { ok: true, json: JSON.parse(unpacked) };
  } catch {
    return { ok: false, problem: { code: 'damaged-code' } };
  }
}

function readResult(input: string): DecodedResult {
  const text = input.trim();
  if (text === '') return fail({ code: 'empty' });
  if (text.length > RESULT_TEXT_MAX) return fail({ code: 'too-long' });
  const read = resultJson(text);
  if (!read.ok) return fail(read.problem);
  if (!isRecord(read.json) || read.json.kind !== RESULT_KIND) return fail({ code: 'not-a-result' });
  const migrated = migrate(read.json, RESULT_HISTORY);
  if (!migrated.ok) return fail(formatProblem(migrated));
  const parsed = resultSchema.safeParse(migrated.data);
  if (!parsed.success) return fail({ code: 'invalid-field', field: fieldOfIssue(parsed.error.issues[0]) });
  const data = parsed.data;
  let scenario: Scenario;
  if (typeof data.scenario === 'string') {
    const builtIn = ownValue(BUILT_IN_SCENARIOS, data.scenario);
    if (builtIn === undefined) return fail({ code: 'unknown-scenario' });
    scenario = builtIn;
  } else {
    const checked = parseScenario(data.scenario);
    if (!checked.ok) return fail({ code: 'invalid-scenario', detail: checked.errors[0] });
    scenario = checked.scenario;
  }
  if (data.day > scenario.days.max) return fail({ code: 'day-after-end' });
  const commands: CommandLog = {};
  for (const [day, list] of Object.entries(data.commands)) {
    if (Number(day) > data.day) return fail({ code: 'commands-after-day', day: Number(day) });
    commands[Number(day)] = list;
  }
  let sim: SimState;
  try {
    sim = replay(scenario, data.seed, commands, data.day);
  } catch {
    return fail({ code: 'replay-failed' });
  }
  const report = reportRun(sim, 'player');
  const matches =
    canonical(report.score) === canonical(data.score) &&
    canonical(resultFigures(report)) === canonical(data.figures);
  const nickname = data.nickname === undefined ? '' : cleanNickname(data.nickname);
  return {
    ok: true,
    result: {
      scenario,
      seed: data.seed,
      day: data.day,
      commands,
      nickname: nickname || null,
      sim,
      matches,
    },
  };
}
