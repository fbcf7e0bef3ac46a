import type { SeedBridge, SeedChoice, SeedRisk } from '../../store/selectors/seedChoices';
import { t } from '../strings/en';
import { countryName, formatCount } from './format';
import { Icon } from './Icon';
import { roleLabel, syndicateName } from './labels';

/** A closed syndicate the contact opens, in one sentence: how many other ways in it has. */
function bridgeNote(bridge: SeedBridge): string {
  const syndicate = syndicateName(bridge.syndicate);
  if (bridge.onPlatform) return t('seed.bridge.onPlatform', { syndicate });
  return bridge.ways <= 1
    ? t('seed.bridge.only', { syndicate })
    : t('seed.bridge.oneOf', { syndicate, ways: formatCount(bridge.ways) });
}

function policeNote(contact: NonNullable<SeedChoice['policeContact']>): string {
  return contact.onPlatform ? t('seed.policeContactOnPlatform') : t('seed.policeContact');
}

const riskNotes: Record<SeedRisk, (c: SeedChoice) => string> = {
  insular: (c) => t('seed.risk.insular', { syndicate: syndicateName(c.syndicate) }),
  wide: (c) => t('seed.risk.wide', { count: formatCount(c.otherSyndicates) }),
  slow: () => t('seed.risk.slow'),
  steady: () => t('seed.risk.steady'),
};

interface Props {
  choices: readonly SeedChoice[];
  /** How many may be chosen (the handsets in stock). */
  limit: number;
  chosen: readonly number[];
  onChange(chosen: number[]): void;
}

/**
 * The informant's reachable contacts as cards, in the order of the seeding advice, each with role,
 * country, reach and what handing them a handset trades: a closed syndicate opened, a police
 * contact's risk, how far and fast it spreads.
 */
export function CandidatePicker({ choices, limit, chosen, onChange }: Props) {
  const full = chosen.length >= limit;
  const toggle = (person: number) =>
    onChange(chosen.includes(person) ? chosen.filter((p) => p !== person) : [...chosen, person]);

  return (
    <fieldset class="picker">
      <legend>{t('seed.legend', { chosen: chosen.length, limit })}</legend>
      <ul class="cards cards--candidates">
        {choices.map((c) => {
          const checked = chosen.includes(c.person);
          const id = `candidate-${c.person}`;
          return (
            <li key={c.person} class={checked ? 'card candidate candidate--chosen' : 'card candidate'}>
              <label class="candidate__name" for={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  aria-describedby={`${id}-about`}
                  onChange={() => toggle(c.person)}
                />
                <span>{c.name}</span>
              </label>
              <div id={`${id}-about`} class="candidate__about">
                <p class="candidate__role">
                  <Icon name={`role-${c.role}`} />
                  {t('seed.roleIn', { role: roleLabel(c.role), syndicate: syndicateName(c.syndicate) })}
                </p>
                <p>
                  <Icon name="country" />
                  {countryName(c.syndicate.countryIso)}
                </p>
                <p>
                  <Icon name="syndicate" />
                  {t('seed.reach', { cross: formatCount(c.crossTies), contacts: formatCount(c.contacts) })}
                </p>
                {c.bridges.map((bridge) => (
                  <p key={bridge.syndicate.syndicate} class="candidate__note candidate__note--bridge">
                    <Icon name="handset" />
                    {bridgeNote(bridge)}
                  </p>
                ))}
                {c.policeContact !== null && (
                  <p
                    class={
                      c.policeContact.onPlatform
                        ? 'candidate__note'
                        : 'candidate__note candidate__note--police'
                    }
                  >
                    <Icon name="leak" />
                    {policeNote(c.policeContact)}
                  </p>
                )}
                <p class={`candidate__risk candidate__risk--${c.risk}`}>
                  <Icon name="msg-threat" />
                  {riskNotes[c.risk](c)}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
