import { readMessage, tagEvidence } from '../intercepts/readAndTag';
import type { SimEvent } from '../model/events';
import type { SimState } from '../model/state';
import { giveHandset } from '../spread/holders';
import { canSeed } from '../spread/seedCandidates';
import { runRaid } from '../takedown/raid';
import { runTakedown } from '../takedown/takedown';
import { respondToThreat } from '../threats/threats';
import type { Command } from './commands';
import type { Rejection } from './rejection';

/** Applies one command; a command that cannot apply is reported as an event, never thrown. */
export function applyCommand(state: SimState, command: Command, events: SimEvent[]): void {
  const rejection = apply(state, command, events);
  if (rejection !== null) events.push({ type: 'command-rejected', command, rejection });
}

function apply(state: SimState, command: Command, events: SimEvent[]): Rejection | null {
  const { net } = state;
  switch (command.type) {
    case 'seed': {
      const people = [...new Set(command.people)];
      if (people.length > state.supply) return { code: 'not-enough-handsets', available: state.supply };
      const unreachable = people.find((p) => !canSeed(state, p));
      if (unreachable !== undefined) return { code: 'unreachable', person: unreachable };
      for (const p of people) giveHandset(state, p);
      state.supply -= people.length;
      events.push({ type: 'adopted', people });
      return null;
    }
    case 'focusAnalysts': {
      const bad = command.syndicates.find((s) => s >= net.syndicateCount);
      if (bad !== undefined) return { code: 'no-such-syndicate', syndicate: bad };
      state.analystFocus = [...new Set(command.syndicates)].sort((a, b) => a - b);
      return null;
    }
    case 'respondThreat':
      return respondToThreat(state, command.threat, command.response);
    case 'raid': {
      if (command.syndicate >= net.syndicateCount)
        return { code: 'no-such-syndicate', syndicate: command.syndicate };
      events.push({ type: 'raid', syndicate: command.syndicate, arrests: runRaid(state, command.syndicate) });
      return null;
    }
    case 'readMessage':
      return readMessage(state, command.message);
    case 'tagEvidence':
      return tagEvidence(state, command.message, command.person);
    case 'takedown': {
      const known = new Set(net.countries.map((c) => c.iso2));
      const unknown = command.countries.find((c) => !known.has(c));
      if (unknown !== undefined) return { code: 'no-such-country', country: unknown };
      if (command.officers > state.scenario.takedown.officers)
        return { code: 'not-enough-officers', available: state.scenario.takedown.officers };
      const person = command.people?.find((p) => p >= net.size);
      if (person !== undefined) return { code: 'no-such-person', person };
      const syndicate = command.syndicates?.find((s) => s >= net.syndicateCount);
      if (syndicate !== undefined) return { code: 'no-such-syndicate', syndicate };
      state.takedown = runTakedown(state, command);
      events.push({ type: 'takedown', arrests: state.takedown.arrested.length });
      return null;
    }
  }
}
