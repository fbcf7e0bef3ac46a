import type { Scenario } from '../../sim';
import { t } from '../strings/en';
import { formatCount } from './format';

/** A scenario's size, as the `{people}`, `{syndicates}` and `{countries}` of a sentence about it. */
export function networkFacts({ network }: Scenario): Record<'people' | 'syndicates' | 'countries', string> {
  return {
    people: formatCount(network.people),
    syndicates: formatCount(network.syndicates),
    countries: formatCount(network.countries),
  };
}

interface Props {
  /** The heading's id, which the button points at for its description. */
  readonly id: string;
  readonly scenario: Scenario;
  /** Where a scenario that is not built in came from ("Shared with you", "From a file"). */
  readonly tag?: string;
  readonly note?: string;
  /** Focus moves to the heading when the card appears (a file just opened). */
  readonly focusable?: boolean;
  /** A list item among the built-in scenarios, rather than a card on its own. */
  readonly item?: boolean;
  onChoose(): void;
}

/** One operation to choose: its name, summary and size, and the button that starts it. */
export function ScenarioCard({ id, scenario, tag, note, focusable, item, onChoose }: Props) {
  const Card = item ? 'li' : 'div';
  return (
    <Card class={tag ? 'card card--linked' : 'card'}>
      {tag && <p class="card__tag">{tag}</p>}
      <h3 id={id} tabIndex={focusable ? -1 : undefined}>
        {scenario.name}
      </h3>
      <p>{scenario.summary}</p>
      <p class="card__facts">{t('scenarios.facts', networkFacts(scenario))}</p>
      {note && <p class="fineprint">{note}</p>}
      <button
        type="button"
        class={tag ? 'button button--primary' : 'button'}
        aria-describedby={id}
        onClick={onChoose}
      >
        {t('scenarios.choose', { name: scenario.name })}
      </button>
    </Card>
  );
}
