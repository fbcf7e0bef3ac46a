import { activityDay } from '../activity/activityDay';
import { analystCoverage } from '../activity/analystCoverage';
import { decayStashes, generateEvents } from '../activity/generateEvents';
import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/commands';
import { feedDay } from '../intercepts/feedDay';
import { accrueReadingHours } from '../intercepts/readingHours';
import { authorisationEndsToday } from '../law/authorisation';
import type { SimEvent } from '../model/events';
import { isOver, type SimState } from '../model/state';
import { decayHeat } from '../risk/heat';
import { maybeLeak, rumourDay } from '../risk/leakAndRumour';
import { spreadDay } from '../spread/spreadDay';
import { generateThreats, resolveThreats } from '../threats/threats';

const SUPPLY_PERIOD_DAYS = 30;

/**
 * Advances the operation by one day: the day's commands first, then the world.
 * The state is advanced in place (it holds 25k-person typed arrays that a copy per
 * day would only churn) and returned; use cloneSim to branch.
 */
export function step(
  state: SimState,
  commands: readonly Command[] = [],
): { state: SimState; events: SimEvent[] } {
  const events = applyCommands(state, commands);
  if (!isOver(state)) advanceWorld(state, events);
  return { state, events };
}

/**
 * The first half of a step on its own: the player's commands for today, applied at
 * once so the game can answer a click before the day ends. Applying a day's
 * commands this way and then calling step(state, []) is the same as step(state, commands).
 */
export function applyCommands(state: SimState, commands: readonly Command[]): SimEvent[] {
  const events: SimEvent[] = [];
  for (const command of commands) {
    if (state.takedown)
      events.push({ type: 'command-rejected', command, rejection: { code: 'takedown-done' } });
    else if (isOver(state))
      events.push({ type: 'command-rejected', command, rejection: { code: 'operation-over' } });
    else applyCommand(state, command, events);
  }
  return events;
}

function advanceWorld(state: SimState, events: SimEvent[]): void {
  const { scenario } = state;
  for (const shock of scenario.spread.shocks) {
    if (shock.day === state.day) events.push({ type: 'rival-platform-falls', label: shock.label });
  }
  const adopters = spreadDay(state);
  if (adopters.length > 0) {
    events.push({ type: 'adopted', people: adopters });
    announceReach(state, adopters, events);
  }
  const coverage = analystCoverage(state);
  activityDay(state, coverage);
  const firstEvent = state.events.length;
  const firstThreat = state.threats.length;
  generateEvents(state, coverage);
  generateThreats(state, coverage, events);
  feedDay(state, coverage, firstEvent, firstThreat);
  resolveThreats(state, events);
  rumourDay(state);
  accrueReadingHours(state);
  decayHeat(state);
  decayStashes(state);
  if (maybeLeak(state)) events.push({ type: 'leak' });
  if (authorisationEndsToday(state)) events.push({ type: 'authorisation-ended' });
  if ((state.day + 1) % SUPPLY_PERIOD_DAYS === 0 && scenario.spread.supplyPerMonth > 0) {
    state.supply += scenario.spread.supplyPerMonth;
    events.push({ type: 'handsets-supplied', count: scenario.spread.supplyPerMonth });
  }
  state.series.handsets.push(state.activeHandsets);
  state.series.heat.push(state.heat);
  state.series.messages.push(state.messages);
  state.day++;
}

/** Syndicates and countries whose first handset arrived today. */
function announceReach(state: SimState, adopters: number[], events: SimEvent[]): void {
  const { net } = state;
  const syndicates = new Set<number>();
  const countries = new Set<number>();
  for (const p of adopters) {
    const s = net.syndicateOf[p];
    if (state.syndicateReachedDay[s] === state.day) syndicates.add(s);
    const c = net.countryOf[p];
    if (state.countryReachedDay[c] === state.day) countries.add(c);
  }
  for (const syndicate of syndicates) events.push({ type: 'syndicate-reached', syndicate });
  for (const country of countries) events.push({ type: 'country-reached', country });
}
