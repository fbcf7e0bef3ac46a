import { readFileSync, statSync } from 'node:fs';
import { BUILT_IN_SCENARIOS, ownValue, parseScenarioText, type Scenario } from '../sim';
import { UsageError } from './parseArgs';

const MAX_SCENARIO_BYTES = 1_000_000;

/** A built-in scenario by id, or a scenario file by path, validated. */
export function loadScenario(idOrPath: string): Scenario {
  const builtIn = ownValue(BUILT_IN_SCENARIOS, idOrPath);
  if (builtIn !== undefined) return builtIn;
  let text: string;
  try {
    if (statSync(idOrPath).size > MAX_SCENARIO_BYTES)
      throw new UsageError(`${idOrPath}: the file is larger than 1 MB`);
    text = readFileSync(idOrPath, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`no built-in scenario "${idOrPath}" and no readable file at that path`);
  }
  const result = parseScenarioText(text);
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problems)` : '';
    throw new UsageError(`${idOrPath}: ${result.errors[0]}${more}`);
  }
  return result.scenario;
}
