import { type HandsetCurveRun, handsetCurveRun, type Scenario } from '../sim';

/** The seed of every preview when the scenario has none: the same values, the same curve. */
const PREVIEW_SEED = 1;

/** The editor's historical preview of a scenario, played a slice of days at a time by the caller. */
export function handsetPreviewRun(scenario: Scenario): HandsetCurveRun {
  return handsetCurveRun(scenario, scenario.seed ?? PREVIEW_SEED);
}
