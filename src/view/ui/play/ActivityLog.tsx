import { useMemo } from 'preact/hooks';
import { playsInTurns } from '../../../store/selectors/clockGate';
import { t } from '../../strings/en';
import { formatCount } from '../format';
import { Icon } from '../Icon';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';
import { eventLine } from './eventText';

/** Entries the panel lists, newest first. */
const SHOWN = 40;

/** What happened lately. Screen readers hear new entries through the live region (useLogAnnouncements). */
export function ActivityLog() {
  const game = useGame();
  const turns = useAppStore(playsInTurns);
  const entries = useMemo(() => {
    const lines = [];
    for (let i = game.log.length - 1; i >= 0 && lines.length < SHOWN; i--) {
      const entry = game.log[i];
      const line = eventLine(game.sim, entry.event);
      if (line) lines.push({ ...line, seq: entry.seq, day: entry.day });
    }
    return lines;
  }, [game.log, game.sim]);

  return (
    <section class="dock__section" aria-labelledby="log-heading">
      <h2 id="log-heading" class="dock__heading">
        {t('play.activity')}
      </h2>
      {entries.length === 0 ? (
        <p class="hint">{turns ? t('play.activityEmptyTurns') : t('play.activityEmpty')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a list that scrolls must take focus, or keyboard users cannot scroll it (axe: scrollable-region-focusable).
        <ol class="log" tabIndex={0} aria-labelledby="log-heading">
          {entries.map((e) => (
            <li key={e.seq} class={`log__entry log__entry--${e.tone}`}>
              <Icon name={e.icon} />
              <span class="log__day">{t('play.logDay', { day: formatCount(e.day) })}</span>
              <span>{e.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
