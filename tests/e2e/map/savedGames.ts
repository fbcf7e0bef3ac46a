/**
 * Saved games for the map's browser tests and benchmarks, made in Node with the same simulation:
 * a built-in scenario played by the `historical` policy, cut at `day`. Loading one in the page
 * (localStorage, then reload) resumes it through the game's own save-and-replay path.
 */
import { BUILT_IN_SCENARIOS, type CommandLog, POLICIES, runPolicy } from '../../../src/sim';
import { encodeSave, SAVE_FORMAT, SAVE_KEY } from '../../../src/store/savedGame';

export { SAVE_KEY };

export function savedGame(scenarioId: string, seed: number, day: number): string {
  const scenario = BUILT_IN_SCENARIOS[scenarioId];
  if (scenario === undefined) throw new Error(`savedGame: no built-in scenario "${scenarioId}"`);
  const { commands } = runPolicy(scenario, seed, POLICIES.historical({}));
  const upTo: CommandLog = {};
  for (const [d, list] of Object.entries(commands)) {
    const kept = list.filter((command) => command.type !== 'takedown');
    if (Number(d) <= day && kept.length > 0) upTo[Number(d)] = kept;
  }
  return encodeSave({ format: SAVE_FORMAT, scenario, seed, day, commands: upTo });
}
