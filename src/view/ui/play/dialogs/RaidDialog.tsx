import { useMemo } from 'preact/hooks';
import { caseFileView } from '../../../../store/selectors/caseFile';
import { LEAK_FORECAST_DAYS, leakForecast } from '../../../../store/selectors/risk';
import { t } from '../../../strings/en';
import { formatCount, formatShare } from '../../format';
import { Icon } from '../../Icon';
import { syndicateName } from '../../labels';
import { useAppStore } from '../../storeContext';
import { useGame } from '../../useGame';
import { Modal } from './Modal';

/** An early raid: arrests and seizures now, paid for in suspicion. Confirmed before it happens. */
export function RaidDialog({ syndicate }: { syndicate: number }) {
  const game = useGame();
  const { sim } = game;
  const act = useAppStore((s) => s.act);
  const closeDialog = useAppStore((s) => s.closeDialog);
  const file = useMemo(() => caseFileView(sim, syndicate), [sim, syndicate]);
  const heat = game.scenario.risk.raidHeat;
  const before = formatShare(leakForecast(sim, LEAK_FORECAST_DAYS));
  const after = formatShare(leakForecast(sim, LEAK_FORECAST_DAYS, heat));
  const { admissible } = game.figures;

  const raid = () => {
    act({ type: 'raid', syndicate });
    closeDialog();
  };

  return (
    <Modal labelledBy="raid-heading" describedBy="raid-what" onCancel={closeDialog}>
      <h2 id="raid-heading" class="modal__heading" tabIndex={-1}>
        <Icon name="raid" />
        {t('raid.heading', { syndicate: syndicateName(file) })}
      </h2>
      <div id="raid-what">
        <p>{t('raid.what', { people: formatCount(file.withEvidence) })}</p>
        <p>{t('raid.cost', { before, after, days: LEAK_FORECAST_DAYS })}</p>
        {!admissible && <p class="callout callout--danger">{t('raid.inadmissible')}</p>}
      </div>
      <div class="actions">
        <button type="button" class="button button--primary button--danger" onClick={raid}>
          {t('raid.confirm')}
        </button>
        <button type="button" class="button button--quiet" onClick={closeDialog}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
