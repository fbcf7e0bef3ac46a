import { type MigrationProblem, migrate } from '../files/versioned';
import { issueText } from './issueText';
import { SCENARIO_HISTORY } from './migrations';
import { CURRENT_SCENARIO_VERSION, type Scenario, scenarioSchema } from './schema';

export type ParseResult =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; errors: string[] };

/** Validates (and migrates) anything claiming to be a scenario; never throws. */
export function parseScenario(input: unknown): ParseResult {
  const migrated = migrate(input, SCENARIO_HISTORY);
  if (!migrated.ok) return { ok: false, errors: [versionProblem(migrated.problem, migrated.version)] };
  const { data, from } = migrated;
  const result = scenarioSchema.safeParse(data);
  if (!result.success)
    return { ok: false, errors: result.error.issues.map((issue) => issueText(issue, data)) };
  return {
    ok: true,
    scenario: result.data,
    migratedFrom: from === CURRENT_SCENARIO_VERSION ? null : from,
  };
}

function versionProblem(problem: MigrationProblem, version: number | null): string {
  switch (problem) {
    case 'not-an-object':
      return '(the whole file): must be a scenario object { … }';
    case 'missing':
      return 'version: is missing or not a whole number';
    case 'newer':
      return `version: this scenario was made for a newer Backchannel (version ${version}); this copy reads versions up to ${CURRENT_SCENARIO_VERSION}`;
    case 'older':
      return `version: ${version} is older than any version Backchannel has used`;
  }
}

/** Parses JSON text as a scenario, reporting broken JSON in the same plain way. */
export function parseScenarioText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not the engine's own message: it is written for programmers, in the engine's language.
    return { ok: false, errors: ['(the whole file): is not valid JSON'] };
  }
  return parseScenario(json);
}
