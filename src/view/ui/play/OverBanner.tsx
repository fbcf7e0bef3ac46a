import { t } from '../../strings/en';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';

/** When the last day passes without a takedown, the way on to the debrief. */
export function OverBanner() {
  const game = useGame();
  const showDebrief = useAppStore((s) => s.showDebrief);
  if (!game.figures.over) return null;
  return (
    <div class="callout callout--banner">
      <p>{t('play.over')}</p>
      <button type="button" class="button button--primary" onClick={showDebrief}>
        {t('play.toDebrief')}
      </button>
    </div>
  );
}
