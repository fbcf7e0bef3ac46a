import {
  applyCommands,
  type Command,
  type CommandLog,
  createSim,
  POLICIES,
  type ReadingChoice,
  readsLeft,
  type Scenario,
  type SimEvent,
  type SimState,
  step,
} from '../../src/sim';
import { encodeSave, SAVE_FORMAT, SAVE_KEY } from '../../src/store/savedGame';

export { SAVE_KEY };

/** Days before the save on which a careful reader with `readsLeft` saves hours. */
const SAVING_DAYS = 12;

/**
 * A saved game, as the page stores it, of a scenario played by the historical policy (seeding,
 * answering threats, and with `reading: 'diligent'` reading and tagging as a careful player; by
 * default it leaves the inbox unread for the player; never the takedown) until
 * the inbox holds at least `messages` intercepts or `maxDay` is reached. Loading it resumes the
 * game mid-operation on the play screen: how browser tests and benchmarks reach a full inbox
 * without playing for minutes. With `readsLeft`, the save's last day also reads the oldest unread
 * everyday messages until the reading hours would read only that many more; with `keepSupply`, the
 * handsets in stock are not handed out that day. `sim` is the state saved.
 */
export function inboxSave(
  scenario: Scenario,
  seed: number,
  {
    messages = 0,
    maxDay = scenario.days.authorisationEnd - 1,
    readsLeft: keep,
    keepSupply = false,
    reading = 'none',
  }: {
    messages?: number;
    maxDay?: number;
    readsLeft?: number;
    keepSupply?: boolean;
    reading?: ReadingChoice;
  },
): { save: string; day: number; feed: number; sim: SimState } {
  const state = createSim(scenario, seed);
  const policy = POLICIES.historical({ takedownDay: Number.MAX_SAFE_INTEGER, reading });
  const commands: CommandLog = {};
  let events: SimEvent[] = [];
  // To leave hours in hand at the end, the careful reader reads only rumours in the last days.
  const saving = (day: number) => keep !== undefined && day >= maxDay - SAVING_DAYS;
  const onlyRumours = (c: Command) =>
    (c.type !== 'readMessage' && c.type !== 'tagEvidence') || state.feed[c.message].category === 'rumour';
  while (state.day < maxDay && (messages === 0 || state.feed.length < messages)) {
    const decided = policy.decide(state, events);
    const today = saving(state.day) ? decided.filter(onlyRumours) : decided;
    if (today.length > 0) commands[state.day] = today;
    events = step(state, today).events;
  }
  // Answer what the last day brought (a threat, say) on the save's own day, as the policy would.
  const last = policy
    .decide(state, events)
    .filter((c) => (!keepSupply || c.type !== 'seed') && (!saving(state.day) || onlyRumours(c)));
  applyCommands(state, last);
  if (keep !== undefined) {
    const spend = Math.max(0, readsLeft(state) - keep);
    const everyday = state.feed.filter((m) => m.category === 'noise' && !state.readMessages.has(m.id));
    const reads = everyday.slice(0, spend).map((m) => ({ type: 'readMessage' as const, message: m.id }));
    applyCommands(state, reads);
    last.push(...reads);
  }
  if (last.length > 0) commands[state.day] = last;
  const save = encodeSave({ format: SAVE_FORMAT, scenario, seed, day: state.day, commands });
  return { save, day: state.day, feed: state.feed.length, sim: state };
}
