import type { Command } from '../commands';
import { lastAdmissibleDay } from '../law/authorisation';
import type { SimState } from '../state';
import type { Policy, PolicyOptions } from './policy';
import { answerThreats, firstContacts, fullTakedown, historicalTakedownDay } from './policyParts';

type DayRule = (state: SimState) => boolean;

function policy(
  name: string,
  describe: string,
  response: 'open' | 'covert' | 'none',
  takedownWhen: (options: PolicyOptions) => DayRule,
): (options: PolicyOptions) => Policy {
  return (options) => {
    const shouldAct =
      options.takedownDay === undefined
        ? takedownWhen(options)
        : (s: SimState) => s.day >= (options.takedownDay ?? 0);
    return {
      name,
      describe,
      decide(state, events) {
        const commands: Command[] = [...firstContacts(state), ...answerThreats(events, response)];
        if (shouldAct(state)) commands.push(fullTakedown(state));
        return commands;
      },
    };
  };
}

const CAUTIOUS_HEAT = 1.5;

export const POLICIES = {
  historical: policy(
    'historical',
    'Seeds like the real operation, protects threatened people with cover stories, acts just before the authorisation ends.',
    'covert',
    () => (s) => s.day >= historicalTakedownDay(s),
  ),
  early: policy(
    'early',
    'Acts a fifth of the way through: few handsets, little evidence, little risk.',
    'covert',
    () => (s) => s.day >= Math.round(s.scenario.days.max / 5),
  ),
  'never-intervene': policy(
    'never-intervene',
    'Never acts on a threat, to protect the secret; takes down when the real operation did.',
    'none',
    () => (s) => s.day >= historicalTakedownDay(s),
  ),
  cautious: policy(
    'cautious',
    'Cover stories only; takes down as soon as suspicion runs high, or a leak happens.',
    'covert',
    () => (s) => s.heat >= CAUTIOUS_HEAT || s.leakDay >= 0 || s.day >= historicalTakedownDay(s),
  ),
  'last-minute': policy(
    'last-minute',
    'Waits for the very last day the authorisation allows.',
    'covert',
    () => (s) => s.day >= lastAdmissibleDay(s.scenario),
  ),
  'open-protection': policy(
    'open-protection',
    'Protects every threatened person openly; takes down when the real operation did.',
    'open',
    () => (s) => s.day >= historicalTakedownDay(s),
  ),
} satisfies Record<string, (options: PolicyOptions) => Policy>;

export type PolicyName = keyof typeof POLICIES;

export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(POLICIES, name);
}
