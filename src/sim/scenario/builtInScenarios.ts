import classroom from '../../../assets/scenarios/classroom.json';
import fullScale from '../../../assets/scenarios/full-scale.json';
import workshop from '../../../assets/scenarios/workshop.json';
import { parseScenario } from './parseScenario';
import type { Scenario } from './schema';

function shipped(json: unknown): Scenario {
  const result = parseScenario(json);
  if (!result.ok) throw new Error(`A shipped scenario is invalid: ${result.errors.join('; ')}`);
  return result.scenario;
}

export const BUILT_IN_SCENARIOS: Readonly<Record<string, Scenario>> = {
  classroom: shipped(classroom),
  workshop: shipped(workshop),
  'full-scale': shipped(fullScale),
};
