import type { Command } from '../commands/commands';
import { lastAdmissibleDay } from '../law/authorisation';
import type { SimState } from '../model/state';
import type { Policy, PolicyOptions } from './policy';
import { answerThreats, fullTakedown, handOutHandsets, historicalTakedownDay } from './policyParts';
import { readLikeACarefulPlayer, warningRead } from './reading';

type DayRule = (state: SimState) => boolean;

function policy(
  name: string,
  response: 'open' | 'covert' | 'none',
  takedownWhen: (options: PolicyOptions) => DayRule,
): (options: PolicyOptions) => Policy {
  return (options) => {
    const shouldAct =
      options.takedownDay === undefined
        ? takedownWhen(options)
        : (s: SimState) => s.day >= (options.takedownDay ?? 0);
    const seeding = options.seeding ?? 'best';
    const diligent = (options.reading ?? 'diligent') === 'diligent';
    const priority = options.targets ?? 'key-player';
    return {
      name,
      decide(state, events) {
        const commands: Command[] = [...handOutHandsets(state, seeding), ...answerThreats(events, response)];
        if (diligent) commands.push(...readLikeACarefulPlayer(state));
        if (shouldAct(state)) commands.push(fullTakedown(state, priority));
        return commands;
      },
    };
  };
}

export const POLICIES = {
  historical: policy('historical', 'covert', () => (s) => s.day >= historicalTakedownDay(s)),
  early: policy('early', 'covert', () => (s) => s.day >= Math.round(s.scenario.days.max / 5)),
  'never-intervene': policy('never-intervene', 'none', () => (s) => s.day >= historicalTakedownDay(s)),
  cautious: policy(
    'cautious',
    'covert',
    () => (s) => warningRead(s) || s.leakDay >= 0 || s.day >= historicalTakedownDay(s),
  ),
  'last-minute': policy('last-minute', 'covert', () => (s) => s.day >= lastAdmissibleDay(s.scenario)),
  'open-protection': policy('open-protection', 'open', () => (s) => s.day >= historicalTakedownDay(s)),
} satisfies Record<string, (options: PolicyOptions) => Policy>;

export type PolicyName = keyof typeof POLICIES;

/** The built-in policies' names, in the order they are offered; the view words each one. */
export const POLICY_NAMES = Object.keys(POLICIES) as readonly PolicyName[];

export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(POLICIES, name);
}
