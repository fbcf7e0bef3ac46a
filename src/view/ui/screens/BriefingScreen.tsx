import { calendarDate } from '../../../store/gameFigures';
import { t } from '../../strings/en';
import { formatCount, formatDate } from '../format';
import { KeyList } from '../KeyList';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';

/** One screen: what the operation is, what winning means, and how to play it. */
export function BriefingScreen() {
  const { scenario, figures } = useGame();
  const beginSeeding = useAppStore((s) => s.beginSeeding);
  const start = useAppStore((s) => s.start);
  const end = figures.lastAdmissibleDay;

  return (
    <section class="screen" aria-labelledby="briefing-heading">
      <h2 id="briefing-heading" tabIndex={-1} data-autofocus>
        {t('briefing.heading', { name: scenario.name })}
      </h2>
      <div class="columns">
        <div>
          <h3>{t('briefing.operationHeading')}</h3>
          <p>{t('briefing.operation')}</p>
          <h3>{t('briefing.goalHeading')}</h3>
          <p>
            {t('briefing.goal', {
              day: formatCount(end),
              date: formatDate(calendarDate(scenario.startDate, end)),
              officers: formatCount(scenario.takedown.officers),
            })}
          </p>
        </div>
        <div>
          <h3>{t('briefing.risksHeading')}</h3>
          <p>{t('briefing.risks')}</p>
          <h3>{t('briefing.controlsHeading')}</h3>
          <KeyList />
        </div>
      </div>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={beginSeeding}>
          {t('briefing.begin')}
        </button>
        <button type="button" class="button button--quiet" onClick={start}>
          {t('briefing.back')}
        </button>
      </div>
    </section>
  );
}
