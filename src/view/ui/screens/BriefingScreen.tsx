import type { PlayMode } from '../../../sim';
import { calendarDate } from '../../../store/gameFigures';
import { t } from '../../strings/en';
import { formatCount, formatDate } from '../format';
import { KeyList } from '../KeyList';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';

/** The two ways the days can pass, each with what it means. */
const modes: { mode: PlayMode; label: () => string; hint: () => string }[] = [
  { mode: 'clock', label: () => t('briefing.mode.clock'), hint: () => t('briefing.mode.clockHint') },
  { mode: 'turns', label: () => t('briefing.mode.turns'), hint: () => t('briefing.mode.turnsHint') },
];

/** One screen: what the operation is, what winning means, how to play it, and on the clock or in turns. */
export function BriefingScreen() {
  const { scenario, figures } = useGame();
  const beginSeeding = useAppStore((s) => s.beginSeeding);
  const start = useAppStore((s) => s.start);
  const playMode = useAppStore((s) => s.playMode);
  const choosePlayMode = useAppStore((s) => s.choosePlayMode);
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
      <fieldset class="play-mode">
        <legend>{t('briefing.modeLegend')}</legend>
        {modes.map(({ mode, label, hint }) => (
          <div key={mode} class="play-mode__choice">
            <input
              id={`play-mode-${mode}`}
              type="radio"
              name="play-mode"
              checked={playMode === mode}
              aria-describedby={`play-mode-${mode}-hint`}
              onChange={() => choosePlayMode(mode)}
            />
            <label for={`play-mode-${mode}`}>{label()}</label>
            <p id={`play-mode-${mode}-hint`} class="hint">
              {hint()}
            </p>
          </div>
        ))}
      </fieldset>
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
