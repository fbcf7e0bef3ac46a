import type { Command } from '../commands/commands';
import type { FeedMessage } from '../intercepts/feed';
import { readsLeft } from '../intercepts/readingHours';
import { RUMOUR_WEEK_DAYS, rumoursRead } from '../intercepts/rumours';
import { ROLE } from '../model/roles';
import type { SimState } from '../model/state';

/** Rumours read within a week that make a careful player act: one or two could be idle gossip. */
const WARNING_RUMOURS = 3;

/**
 * What a careful player reads of yesterday's flagged intercepts, as far as the reading hours go:
 * talk about the platform first, then the bosses' and lieutenants' messages (only a person's
 * reading convicts them), then the rest. Each one that proves something is tagged to whoever it
 * implicates; the careful player is not fooled by innocent traffic.
 */
export function readLikeACarefulPlayer(state: SimState): Command[] {
  const yesterday = state.day - 1;
  const flagged: FeedMessage[] = [];
  for (let i = state.feed.length - 1; i >= 0 && state.feed[i].day >= yesterday; i--) {
    const m = state.feed[i];
    if (m.day === yesterday && m.flagged && !state.readMessages.has(m.id)) flagged.push(m);
  }
  const urgency = (m: FeedMessage) => {
    if (m.category === 'rumour') return 0;
    const role = state.net.role[m.sender];
    return role === ROLE.boss || role === ROLE.lieutenant ? 1 : 2;
  };
  flagged.sort((a, b) => urgency(a) - urgency(b) || a.id - b.id);
  const commands: Command[] = [];
  for (const m of flagged.slice(0, readsLeft(state))) {
    if (!m.incriminating) commands.push({ type: 'readMessage', message: m.id });
    else commands.push({ type: 'tagEvidence', message: m.id, person: m.sender });
    if (m.implicatesRecipient) commands.push({ type: 'tagEvidence', message: m.id, person: m.recipient });
  }
  return commands;
}

/** Whether the rumours the task force has read say the phone is about to be exposed. */
export function warningRead(state: SimState): boolean {
  return rumoursRead(state, RUMOUR_WEEK_DAYS) >= WARNING_RUMOURS;
}
