import { parseArgs } from 'node:util';
import {
  isPolicyName,
  isValidSeed,
  MAX_SEED,
  POLICY_NAMES,
  type PolicyName,
  type PolicyOptions,
  READING_CHOICES,
  type ReadingChoice,
  SEEDING_CHOICES,
  type SeedingChoice,
  TAKEDOWN_PRIORITIES,
  type TakedownPriority,
} from '../sim';
import { t } from '../view/strings/en';

export class UsageError extends Error {}

export interface SweepSpec {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

export interface CliOptions {
  readonly scenario: string;
  /** A result file or result code to replay instead of playing a scenario; null: play `scenario`. */
  readonly replay: string | null;
  /** null: the scenario's own seed, or 1 when it leaves the seed to each game. */
  readonly seed: number | null;
  readonly seeds: readonly number[];
  readonly policy: PolicyName;
  readonly takedownDay: number | undefined;
  /** The best- or worst-advised contacts get the handsets (undefined: the policy's own, best). */
  readonly seeding: SeedingChoice | undefined;
  /** Read and tag as a careful player would, or leave it to the analysts (undefined: diligent). */
  readonly reading: ReadingChoice | undefined;
  /** Whom the policy's takedown teams go for; undefined: the policy's default (key players). */
  readonly targets: TakedownPriority | undefined;
  readonly json: boolean;
  /** Adds the key-player comparison and the what-if replays. */
  readonly debrief: boolean;
  /** Adds one sweep column per part of the score. */
  readonly scoreParts: boolean;
  readonly sweep: SweepSpec | null;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run sim -- --scenario ID|PATH [--seed N] [--policy NAME] [--takedown-day D] [KNOBS] [--json] [--debrief]
       npm run sim -- --scenario ID|PATH --sweep takedown-day=FROM:TO:STEP [--seeds A-B] [--policy NAME] [KNOBS] [--score-parts]
       npm run sim -- --replay FILE [--json] [--debrief]
KNOBS change one part of the policy's play:
  --seeding best|worst   the handsets go to the best- or worst-advised contacts (default best)
  --reading diligent|none   read and tag what a careful player would, or leave it to the analysts (default diligent)
  --targets ${TAKEDOWN_PRIORITIES.join('|')}   whom the takedown's teams go for (default key-player)
--replay replays an exported result (its JSON file, or a text file holding its code) as class review does.
--debrief adds your arrests beside a computed key-player set and what-if replays of the same seed.
Scenarios: classroom, workshop, full-scale, or a path to a scenario JSON file.
Policies:
${POLICY_NAMES.map((name) => `  ${name}: ${t(`policy.${name}.about`)}`).join('\n')}`;

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, got "${text}"`);
  const value = Number(text);
  if (value < min || value > max)
    throw new UsageError(`${flag} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(
  flag: string,
  text: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (text === undefined) return undefined;
  if (!(choices as readonly string[]).includes(text))
    throw new UsageError(`${flag} must be one of ${choices.join(', ')}, got "${text}"`);
  return text as T;
}

function parseSweep(text: string): SweepSpec {
  const match = /^takedown-day=(\d+):(\d+):(\d+)$/.exec(text);
  if (!match) throw new UsageError(`--sweep must look like takedown-day=FROM:TO:STEP, got "${text}"`);
  const [from, to, step] = match.slice(1).map(Number);
  if (step < 1 || from > to) throw new UsageError('--sweep needs FROM ≤ TO and a STEP of at least 1');
  if ((to - from) / step > 500)
    throw new UsageError('--sweep would run more than 500 takedown days; use a larger STEP');
  return { from, to, step };
}

function parseSeeds(text: string): number[] {
  const match = /^(\d+)-(\d+)$/.exec(text);
  if (!match) throw new UsageError(`--seeds must look like A-B (for example 1-5), got "${text}"`);
  const [a, b] = [Number(match[1]), Number(match[2])];
  if (!isValidSeed(a) || !isValidSeed(b) || a > b || b - a >= 100) {
    throw new UsageError('--seeds needs A ≤ B, at most 100 seeds, each a whole number from 0');
  }
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** The knobs the options set on the policy's play. */
export function policyOptions(options: CliOptions): PolicyOptions {
  return {
    takedownDay: options.takedownDay,
    seeding: options.seeding,
    reading: options.reading,
    targets: options.targets,
  };
}

export function parseCliArgs(argv: string[]): CliOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (values.help)
    return {
      scenario: '',
      replay: null,
      seed: null,
      seeds: [],
      policy: 'historical',
      takedownDay: undefined,
      seeding: undefined,
      reading: undefined,
      targets: undefined,
      json: false,
      debrief: false,
      scoreParts: false,
      sweep: null,
      help: true,
    };
  if (values.replay !== undefined) return replayOptions(values);
  if (!values.scenario)
    throw new UsageError('--scenario is required (classroom, workshop, full-scale or a file path)');
  const policy = values.policy ?? 'historical';
  if (!isPolicyName(policy))
    throw new UsageError(`unknown policy "${policy}"; try one of ${POLICY_NAMES.join(', ')}`);
  const seed = values.seed === undefined ? null : wholeNumber('--seed', values.seed, 0, MAX_SEED);
  return {
    scenario: values.scenario,
    replay: null,
    seed,
    seeds: values.seeds === undefined ? [1, 2, 3, 4, 5] : parseSeeds(values.seeds),
    policy,
    takedownDay:
      values['takedown-day'] === undefined
        ? undefined
        : wholeNumber('--takedown-day', values['takedown-day'], 0, 1500),
    seeding: oneOf('--seeding', values.seeding, SEEDING_CHOICES),
    reading: oneOf('--reading', values.reading, READING_CHOICES),
    targets: oneOf('--targets', values.targets, TAKEDOWN_PRIORITIES),
    json: values.json ?? false,
    debrief: values.debrief ?? false,
    scoreParts: values['score-parts'] ?? false,
    sweep: values.sweep === undefined ? null : parseSweep(values.sweep),
    help: false,
  };
}

/** The flags that choose the run; a replay's run is the result's own. */
const RUN_FLAGS = [
  'scenario',
  'seed',
  'seeds',
  'policy',
  'takedown-day',
  'seeding',
  'reading',
  'targets',
  'sweep',
  'score-parts',
] as const;

function replayOptions(values: ReturnType<typeof parse>['values']): CliOptions {
  const clash = RUN_FLAGS.find((flag) => values[flag] !== undefined);
  if (clash !== undefined)
    throw new UsageError(`--replay replays the result as it was played; it takes no --${clash}`);
  if (!values.replay) throw new UsageError('--replay needs the path of a result file');
  return {
    scenario: '',
    replay: values.replay,
    seed: null,
    seeds: [],
    policy: 'historical',
    takedownDay: undefined,
    seeding: undefined,
    reading: undefined,
    targets: undefined,
    json: values.json ?? false,
    debrief: values.debrief ?? false,
    scoreParts: false,
    sweep: null,
    help: false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      scenario: { type: 'string' },
      replay: { type: 'string' },
      seed: { type: 'string' },
      seeds: { type: 'string' },
      policy: { type: 'string' },
      'takedown-day': { type: 'string' },
      seeding: { type: 'string' },
      reading: { type: 'string' },
      targets: { type: 'string' },
      json: { type: 'boolean' },
      debrief: { type: 'boolean' },
      'score-parts': { type: 'boolean' },
      sweep: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
