import type { TakedownTarget } from '../../store/selectors/takedownPlan';
import { t } from '../strings/en';
import { countryName, formatDecimal, formatShare } from './format';
import { Icon } from './Icon';
import { roleLabel, syndicateName } from './labels';
import { StrengthBar } from './StrengthBar';

/** The people a takedown would go for, with how strong the case against each is. */
export function TargetTable({ targets }: { targets: readonly TakedownTarget[] }) {
  if (targets.length === 0) return <p class="hint">{t('takedown.noTargets')}</p>;
  return (
    <table class="table table--compact">
      <caption>{t('takedown.targetsCaption')}</caption>
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
