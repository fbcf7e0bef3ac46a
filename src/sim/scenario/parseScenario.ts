import { isRecord } from '../json';
import { issueText } from './issueText';
import { OLDEST_SCENARIO_VERSION, scenarioMigrations } from './migrations';
import { CURRENT_SCENARIO_VERSION, type Scenario, scenarioSchema } from './schema';

export type ParseResult =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; errors: string[] };

/** Validates (and migrates) anything claiming to be a scenario; never throws. */
export function parseScenario(input: unknown): ParseResult {
  if (!isRecord(input)) return { ok: false, errors: ['(the whole file): must be a scenario object { … }'] };
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, errors: ['version: is missing or not a whole number'] };
  }
  if (version > CURRENT_SCENARIO_VERSION) {
    return {
      ok: false,
      errors: [
        `version: this scenario was made for a newer Backchannel (version ${version}); this copy reads versions up to ${CURRENT_SCENARIO_VERSION}`,
      ],
    };
  }
  if (version < OLDEST_SCENARIO_VERSION) {
    return { ok: false, errors: [`version: ${version} is older than any version Backchannel has used`] };
  }
  let data: Record<string, unknown> = input;
  for (const migration of scenarioMigrations) {
    if ((data.version as number) === migration.from) data = migration.up(data);
  }
  const result = scenarioSchema.safeParse(data);
  if (!result.success)
    return { ok: false, errors: result.error.issues.map((issue) => issueText(issue, data)) };
  return {
    ok: true,
    scenario: result.data,
    migratedFrom: version === CURRENT_SCENARIO_VERSION ? null : version,
  };
}

/** Parses JSON text as a scenario, reporting broken JSON in the same plain way. */
export function parseScenarioText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(the whole file): is not valid JSON (${(error as Error).message})`] };
  }
  return parseScenario(json);
}
