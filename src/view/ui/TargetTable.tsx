import type { TakedownTarget } from '../../store/selectors/takedownPlan';
import { t } from '../strings/en';
import { countryName, formatDecimal, formatShare } from './format';
import { Icon } from './Icon';
import { roleLabel, syndicateName } from './labels';
import { StrengthBar } from './StrengthBar';

interface Props {
  targets: readonly TakedownTarget[];
  caption: string;
  /** People the player marked, or whose syndicate they marked: flagged in their row. */
  marked: ReadonlySet<number>;
}

/** The people a takedown would go for, in order, with how strong the case against each is. */
export function TargetTable({ targets, caption, marked }: Props) {
  if (targets.length === 0) return <p class="hint">{t('takedown.noTargets')}</p>;
  return (
    <table class="table table--compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.person')}</th>
          <th scope="col">{t('table.syndicate')}</th>
          <th scope="col">{t('table.strength')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr key={target.person}>
            <th scope="row">
              <span class="member__name">{target.name}</span>
              <span class="member__role">
                <Icon name={`role-${target.role}`} />
                {roleLabel(target.role)}
              </span>
              {marked.has(target.person) && <span class="target-marked">{t('takedown.marked')}</span>}
            </th>
            <td>
              <span class="member__name">{syndicateName(target.syndicate)}</span>
              <span class="member__role">{countryName(target.syndicate.countryIso)}</span>
            </td>
            <td>
              <StrengthBar share={target.chance} label={formatShare(target.chance)} />
              <span class="member__role">
                {t('case.messages', { messages: formatDecimal(target.evidence) })}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
