import type { PlayMode } from '../../../sim';
import { calendarDate } from '../../../store/gameFigures';
import { t } from '../../strings/en';
import { formatCount, formatDate } from '../format';
import { KeyList } from '../KeyList';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';

/** The two ways the days can pass. */
const modes: { mode: PlayMode; label: () => string }[] = [
  { mode: 'clock', label: () => t('briefing.mode.clock') },
  { mode: 'turns', label: () => t('briefing.mode.turns') },
];

/** The five choices of a game, each with what it trades. */
const choices: { id: string; label: () => string; trade: () => string }[] = [
  {
    id: 'seeding',
    label: () => t('briefing.choice.seedingLabel'),
    trade: () => t('briefing.choice.seeding'),
  },
  {
    id: 'reading',
    label: () => t('briefing.choice.readingLabel'),
    trade: () => t('briefing.choice.reading'),
  },
  {
    id: 'threats',
    label: () => t('briefing.choice.threatsLabel'),
    trade: () => t('briefing.choice.threats'),
  },
  { id: 'timing', label: () => t('briefing.choice.timingLabel'), trade: () => t('briefing.choice.timing') },
  {
    id: 'targets',
    label: () => t('briefing.choice.targetsLabel'),
    trade: () => t('briefing.choice.targets'),
  },
];

/**
 * One screen: what the operation is, what winning means, what each choice trades (what can go
 * wrong is in them), the keys to play it (folded), and on the clock or in turns.
 */
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
          <fieldset class="play-mode">
            <legend>{t('briefing.modeLegend')}</legend>
            {modes.map(({ mode, label }) => (
              <label key={mode} class="play-mode__choice">
                <input
                  type="radio"
                  name="play-mode"
                  checked={playMode === mode}
                  onChange={() => choosePlayMode(mode)}
                />
                {label()}
              </label>
            ))}
          </fieldset>
        </div>
        <div>
          <h3>{t('briefing.choicesHeading')}</h3>
          <dl class="briefing-choices">
            {choices.map((c) => (
              <div key={c.id} data-choice={c.id}>
                <dt>{c.label()}</dt>
                <dd>{c.trade()}</dd>
              </div>
            ))}
          </dl>
          {/* Folded, so the briefing keeps to one screen; the choices above matter more to a first game. */}
          <details class="briefing-keys">
            <summary>{t('briefing.controlsHeading')}</summary>
            <KeyList turns={playMode === 'turns'} />
          </details>
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
