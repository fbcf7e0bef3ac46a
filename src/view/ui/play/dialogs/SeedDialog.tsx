import { useState } from 'preact/hooks';
import { seedOptions } from '../../../../store/selectors/seedChoices';
import { t } from '../../../strings/en';
import { CandidatePicker } from '../../CandidatePicker';
import { formatCount } from '../../format';
import { rejectionText } from '../../rejectionText';
import { useAppStore } from '../../storeContext';
import { useGame, useGameMemo } from '../../useGame';
import { useAnnounce } from '../announce';
import { Modal } from './Modal';

/** Hand more handsets from the limited stock to people the informant can reach now. */
export function SeedDialog() {
  const game = useGame();
  const act = useAppStore((s) => s.act);
  const closeDialog = useAppStore((s) => s.closeDialog);
  const announce = useAnnounce();
  const choices = useGameMemo((g) => seedOptions(g.sim), []);
  const [chosen, setChosen] = useState<number[]>([]);
  const supply = game.figures.supply;

  const handOut = () => {
    const rejected = act({ type: 'seed', people: chosen }).find((e) => e.type === 'command-rejected');
    announce(rejected ? rejectionText(rejected.rejection) : t('seedMore.done', { count: chosen.length }));
    closeDialog();
  };

  const empty = supply === 0 || choices.length === 0;
  return (
    <Modal labelledBy="seed-heading" onCancel={closeDialog}>
      <h2 id="seed-heading" class="modal__heading" tabIndex={-1}>
        {t('seedMore.heading')}
      </h2>
      {supply === 0 ? (
        <p>{t('seedMore.noStock', { perMonth: formatCount(game.scenario.spread.supplyPerMonth) })}</p>
      ) : choices.length === 0 ? (
        <p>{t('seedMore.noOne')}</p>
      ) : (
        <>
          <p>{t('seeding.tradeOff')}</p>
          <p>{t('seedMore.intro', { supply })}</p>
          <p class="hint">{t('seed.adviceOrder')}</p>
          <CandidatePicker choices={choices} limit={supply} chosen={chosen} onChange={setChosen} />
        </>
      )}
      <div class="actions">
        {!empty && (
          <button
            type="button"
            class="button button--primary"
            disabled={chosen.length === 0}
            onClick={handOut}
          >
            {t('seedMore.confirm')}
          </button>
        )}
        <button type="button" class="button button--quiet" onClick={closeDialog}>
          {empty ? t('common.close') : t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
