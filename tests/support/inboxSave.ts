import {
  applyCommands,
  type CommandLog,
  createSim,
  POLICIES,
  type Scenario,
  type SimEvent,
  step,
} from '../../src/sim';
import { encodeSave, SAVE_FORMAT, SAVE_KEY } from '../../src/store/savedGame';

export { SAVE_KEY };

/**
 * A saved game, as the page stores it, of a scenario played by the historical policy (seeding,
 * analysts, answering threats; never the takedown) until the inbox holds at least `messages`
 * intercepts or `maxDay` is reached. Loading it resumes the game mid-operation on the play screen:
 * how browser tests and benchmarks reach a full inbox without playing for minutes.
 */
export function inboxSave(
  scenario: Scenario,
  seed: number,
  { messages = 0, maxDay = scenario.days.authorisationEnd - 1 }: { messages?: number; maxDay?: number },
): { save: string; day: number; feed: number } {
  const state = createSim(scenario, seed);
  const policy = POLICIES.historical({ takedownDay: Number.MAX_SAFE_INTEGER, reading: 'none' });
  const commands: CommandLog = {};
  let events: SimEvent[] = [];
  while (state.day < maxDay && (messages === 0 || state.feed.length < messages)) {
    const today = policy.decide(state, events);
    if (today.length > 0) commands[state.day] = today;
    events = step(state, today).events;
  }
  // Answer what the last day brought (a threat, say) on the save's own day, as the policy would.
  const last = policy.decide(state, events);
  if (last.length > 0) {
    commands[state.day] = last;
    applyCommands(state, last);
  }
  const save = encodeSave({ format: SAVE_FORMAT, scenario, seed, day: state.day, commands });
  return { save, day: state.day, feed: state.feed.length };
}
