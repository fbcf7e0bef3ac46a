import { useMemo } from 'preact/hooks';
import { caseFileView } from '../../../store/selectors/caseFile';
import { t } from '../../strings/en';
import { formatCount, formatDecimal, formatGBP, formatShare } from '../format';
import { Icon } from '../Icon';
import { roleLabel, statusLabel, syndicateName } from '../labels';
import { StrengthBar } from '../StrengthBar';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';

/** One syndicate's file: who is in it, who has a handset, what evidence there is; and a raid. */
export function CaseFilePanel({ syndicate }: { syndicate: number }) {
  const game = useGame();
  const selectSyndicate = useAppStore((s) => s.selectSyndicate);
  const openDialog = useAppStore((s) => s.openDialog);
  const file = useMemo(() => caseFileView(game.sim, syndicate), [game.sim, game.revision, syndicate]);
  const { stash } = file;
  const stashItems = [
    {
      amount: stash.cocaineKg,
      text: t('case.cocaine', { kg: formatCount(stash.cocaineKg) }),
      icon: 'msg-shipment',
    },
    {
      amount: stash.otherDrugsKg,
      text: t('case.otherDrugs', { kg: formatCount(stash.otherDrugsKg) }),
      icon: 'msg-shipment',
    },
    { amount: stash.guns, text: t('case.guns', { count: formatCount(stash.guns) }), icon: 'msg-weapons' },
    { amount: stash.cashGBP, text: t('case.cash', { amount: formatGBP(stash.cashGBP) }), icon: 'msg-money' },
  ] as const;
  const known = stashItems.filter((item) => item.amount >= 0.5);
  const close = () => {
    // Focus goes back to the syndicate's entry in the list rather than falling to the page.
    document.querySelector<HTMLElement>('.syndicate-list__item[aria-pressed="true"]')?.focus();
    selectSyndicate(null);
  };

  return (
    <aside class="dock dock--right case" aria-labelledby="case-heading">
      <div class="case__header">
        <h2 id="case-heading" class="dock__heading">
          <Icon name="evidence" />
          {syndicateName(file)}
        </h2>
        <button type="button" class="icon-button" onClick={close}>
          <Icon name="close" />
          <span class="visually-hidden">{t('case.close')}</span>
        </button>
      </div>
      <p class="case__country">
        <Icon name="country" />
        {file.country}
        {file.focused && (
          <span class="tag">
            <Icon name="analysts" />
            {t('play.focused')}
          </span>
        )}
      </p>
      <dl class="case__facts">
        <div>
          <dt>{t('case.members')}</dt>
          <dd>{formatCount(file.size)}</dd>
        </div>
        <div>
          <dt>{t('case.handsets')}</dt>
          <dd>{formatCount(file.active)}</dd>
        </div>
        <div>
          <dt>{t('case.withEvidence')}</dt>
          <dd>{formatCount(file.withEvidence)}</dd>
        </div>
        <div>
          <dt>{t('case.arrested')}</dt>
          <dd>{formatCount(file.arrested)}</dd>
        </div>
      </dl>
      <h3 class="case__subheading">{t('case.stash')}</h3>
      {known.length === 0 ? (
        <p class="hint">{t('case.noStash')}</p>
      ) : (
        <ul class="case__stash">
          {known.map((item) => (
            <li key={item.text}>
              <Icon name={item.icon} />
              {item.text}
            </li>
          ))}
        </ul>
      )}
      {!game.figures.over && (
        <button
          type="button"
          class="button button--small button--danger"
          onClick={() => openDialog({ kind: 'raid', syndicate })}
        >
          <Icon name="raid" />
          {t('case.raid')}
        </button>
      )}
      <table class="table table--compact">
        <caption>
          {t('case.membersCaption', { shown: file.members.length, size: formatCount(file.size) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.person')}</th>
            <th scope="col">{t('table.handset')}</th>
            <th scope="col">{t('table.strength')}</th>
          </tr>
        </thead>
        <tbody>
          {file.members.map((m) => (
            <tr key={m.person}>
              <th scope="row">
                <span class="member__name">{m.name}</span>
                <span class="member__role">
                  <Icon name={`role-${m.role}`} />
                  {roleLabel(m.role)}
                </span>
              </th>
              <td class={`status status--${m.status}`}>{statusLabel(m.status)}</td>
              <td>
                <StrengthBar share={m.chance} label={formatShare(m.chance)} />
                <span class="member__role">
                  {t('case.messages', { messages: formatDecimal(m.evidence) })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
