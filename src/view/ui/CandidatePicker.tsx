import type { SeedChoice, SeedRisk } from '../../store/selectors/seedChoices';
import { t } from '../strings/en';
import { countryName, formatCount } from './format';
import { Icon } from './Icon';
import { roleLabel, syndicateName } from './labels';

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

/** The informant's reachable contacts as cards, each with role, reach, country and a risk note. */
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
