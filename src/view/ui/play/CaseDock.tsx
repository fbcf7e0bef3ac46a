import { caseFileView } from '../../../store/selectors/caseFile';
import { t } from '../../strings/en';
import { CaseFile } from '../caseFile/CaseFile';
import { formatCount, formatGBP } from '../format';
import { Icon } from '../Icon';
import { useAppStore } from '../storeContext';
import { useGame, useGameMemo } from '../useGame';
import { CASE_ID, NETWORK_TAB_ID } from './SheetTabs';

/** The play screen's dock: a syndicate's case file, what analysts know it holds, and an early raid. */
export function CaseDock({ syndicate }: { syndicate: number }) {
  const game = useGame();
  const selectSyndicate = useAppStore((s) => s.selectSyndicate);
  const openDialog = useAppStore((s) => s.openDialog);
  const { stash } = useGameMemo((g) => caseFileView(g.sim, syndicate), [syndicate]);
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
    // Focus goes back to the syndicate's entry in the list rather than falling to the page; on a
    // narrow screen, where the list waits on its own tab, to that tab.
    const entry = document.querySelector<HTMLElement>('.syndicate-list__item[aria-pressed="true"]');
    if (entry?.checkVisibility()) entry.focus();
    else document.getElementById(NETWORK_TAB_ID)?.focus();
    selectSyndicate(null);
  };

  return (
    <aside id={CASE_ID} class="dock dock--right case" aria-labelledby="case-heading">
      <CaseFile
        syndicate={syndicate}
        headingId="case-heading"
        actions={
          <button type="button" class="icon-button" onClick={close}>
            <Icon name="close" />
            <span class="visually-hidden">{t('case.close')}</span>
          </button>
        }
      >
        <h3 class="casefile__subheading">{t('case.stash')}</h3>
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
      </CaseFile>
    </aside>
  );
}
