import type { NameableSyndicate, TakedownTarget } from '../../../store/selectors/takedownPlan';
import { t } from '../../strings/en';
import { countryName, formatCount, formatShare } from '../format';
import { roleLabel, syndicateName } from '../labels';

interface Props {
  people: readonly TakedownTarget[];
  syndicates: readonly NameableSyndicate[];
  markedPeople: readonly number[];
  markedSyndicates: readonly number[];
  onPeople(marked: number[]): void;
  onSyndicates(marked: number[]): void;
}

/** Toggles `item` in a list of marks, keeping the order they were marked in. */
function toggled(list: readonly number[], item: number): number[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** People and whole syndicates the player marks for the teams to go for before anyone else. */
export function NamedTargets(props: Props) {
  const { people, syndicates, markedPeople, markedSyndicates } = props;
  const peopleMarked = people.filter((p) => markedPeople.includes(p.person)).length;
  const syndicatesMarked = syndicates.filter((s) => markedSyndicates.includes(s.syndicate.syndicate)).length;
  return (
    <details class="named-targets">
      <summary>{t('takedown.named.heading')}</summary>
      <p class="hint">{t('takedown.named.about')}</p>
      <div class="named-targets__lists">
        <fieldset class="picker">
          <legend>{t('takedown.named.people', { marked: peopleMarked })}</legend>
          {people.length === 0 ? (
            <p class="hint">{t('takedown.named.noPeople')}</p>
          ) : (
            <ul class="check-list">
              {people.map((p) => {
                const id = `name-person-${p.person}`;
                return (
                  <li key={p.person}>
                    <label for={id}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={markedPeople.includes(p.person)}
                        aria-describedby={`${id}-about`}
                        onChange={() => props.onPeople(toggled(markedPeople, p.person))}
                      />
                      {p.name}
                    </label>
                    <span class="check-list__facts" id={`${id}-about`}>
                      {t('takedown.named.personFacts', {
                        role: roleLabel(p.role),
                        syndicate: syndicateName(p.syndicate),
                        strength: formatShare(p.chance),
                      })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        <fieldset class="picker">
          <legend>{t('takedown.named.syndicates', { marked: syndicatesMarked })}</legend>
          {syndicates.length === 0 ? (
            <p class="hint">{t('takedown.named.noSyndicates')}</p>
          ) : (
            <ul class="check-list">
              {syndicates.map(({ syndicate, withEvidence }) => {
                const id = `name-syndicate-${syndicate.syndicate}`;
                return (
                  <li key={syndicate.syndicate}>
                    <label for={id}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={markedSyndicates.includes(syndicate.syndicate)}
                        aria-describedby={`${id}-about`}
                        onChange={() => props.onSyndicates(toggled(markedSyndicates, syndicate.syndicate))}
                      />
                      {syndicateName(syndicate)}
                    </label>
                    <span class="check-list__facts" id={`${id}-about`}>
                      {t('takedown.named.syndicateFacts', {
                        country: countryName(syndicate.countryIso),
                        people: formatCount(withEvidence),
                      })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
      </div>
      {markedPeople.length + markedSyndicates.length > 0 && (
        <button
          type="button"
          class="button button--small"
          onClick={() => {
            props.onPeople([]);
            props.onSyndicates([]);
          }}
        >
          {t('takedown.named.clear')}
        </button>
      )}
    </details>
  );
}
