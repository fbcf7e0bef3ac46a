import { useEffect, useRef, useState } from 'preact/hooks';
import { calendarDate } from '../../../store/gameFigures';
import { threatStatus } from '../../../store/selectors/inboxMessage';
import { t } from '../../strings/en';
import { formatCount, formatDate } from '../format';
import { Icon } from '../Icon';
import { rejectionText } from '../rejectionText';
import { useAppStore } from '../storeContext';
import { type ThreatResponse, threatChoices } from '../threatChoices';
import { useGame, useGameMemo } from '../useGame';
import { outcomeLabel, responseLabel } from './inboxLabels';

/**
 * A threat to kill as the reader shows it: its deadline, and either the same three answers as the
 * alert dialog (while it is unanswered and in time) or the answer given and what came of it.
 */
export function ThreatStatusPanel({ message }: { message: number }) {
  const game = useGame();
  const act = useAppStore((s) => s.act);
  const status = useGameMemo((g) => threatStatus(g.sim, message), [message]);
  const [answered, setAnswered] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  // The choice buttons go away once answered: focus moves to the answer rather than to the page.
  useEffect(() => {
    if (answered) outcome.current?.focus();
  }, [answered]);
  const choices = useGameMemo((g) => threatChoices(g.sim), []);
  if (status === null) return null;

  const deadline = {
    day: formatCount(status.deadline),
    date: formatDate(calendarDate(game.scenario.startDate, status.deadline)),
    days: formatCount(Math.max(0, status.daysLeft)),
  };

  const respond = (response: ThreatResponse) => {
    const rejected = act({ type: 'respondThreat', threat: status.threat, response }).find(
      (e) => e.type === 'command-rejected',
    );
    if (rejected) setProblem(rejectionText(rejected.rejection));
    else setAnswered(true);
  };

  return (
    <section class="reader__threat callout callout--danger" aria-labelledby="inbox-threat-heading">
      <h4 id="inbox-threat-heading" class="callout__heading">
        <Icon name="msg-threat" />
        {t('threat.heading')}
      </h4>
      <p>
        <strong>
          {status.daysLeft >= 0 ? t('threat.deadline', deadline) : t('inbox.threat.deadlinePassed', deadline)}
        </strong>
      </p>
      {problem !== null && <p role="alert">{problem}</p>}
      {status.canRespond && <p class="hint">{t('threat.howToTell')}</p>}
      {status.canRespond ? (
        <ul class="choices">
          {choices.map((c) => (
            <li key={c.response}>
              <button
                type="button"
                class="button button--small"
                aria-describedby={`inbox-threat-${c.response}`}
                onClick={() => respond(c.response)}
              >
                {c.label}
              </button>
              <p id={`inbox-threat-${c.response}`} class="hint">
                {c.effect}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p ref={outcome} tabIndex={-1}>
          {status.response === null ? t('inbox.threat.unanswered') : responseLabel(status.response)}{' '}
          {outcomeLabel(status.outcome)}
        </p>
      )}
      {status.real !== null && (
        <p>{status.real ? t('inbox.threat.wasReal') : t('inbox.threat.wasBluster')}</p>
      )}
    </section>
  );
}
