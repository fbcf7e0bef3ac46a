import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { calendarDate } from '../../../store/gameFigures';
import { threatStatus } from '../../../store/selectors/inboxMessage';
import { leakRiskOver } from '../../../store/selectors/risk';
import { t } from '../../strings/en';
import { formatCount, formatDate, formatShare } from '../format';
import { Icon } from '../Icon';
import { LEAK_HORIZON_DAYS } from '../play/Hud';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';
import { outcomeLabel, responseLabel } from './inboxLabels';

type Response = 'open' | 'covert' | 'none';

/**
 * A threat to kill as the reader shows it: its deadline, and either the same three answers as the
 * alert dialog (while it is unanswered and in time) or the answer given and what came of it.
 */
export function ThreatStatusPanel({ message }: { message: number }) {
  const game = useGame();
  const act = useAppStore((s) => s.act);
  const status = useMemo(() => threatStatus(game.sim, message), [game.sim, game.revision, message]);
  const [answered, setAnswered] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  // The choice buttons go away once answered: focus moves to the answer rather than to the page.
  useEffect(() => {
    if (answered) outcome.current?.focus();
  }, [answered]);
  const { risk: scenarioRisk } = game.scenario;
  const risk = useMemo(
    () => ({
      now: formatShare(leakRiskOver(game.sim, LEAK_HORIZON_DAYS)),
      open: formatShare(leakRiskOver(game.sim, LEAK_HORIZON_DAYS, scenarioRisk.openHeat)),
      covert: formatShare(leakRiskOver(game.sim, LEAK_HORIZON_DAYS, scenarioRisk.covertHeat)),
    }),
    [game.sim, game.revision, scenarioRisk],
  );
  if (status === null) return null;

  const deadline = {
    day: formatCount(status.deadline),
    date: formatDate(calendarDate(game.scenario.startDate, status.deadline)),
    days: formatCount(Math.max(0, status.daysLeft)),
  };

  const respond = (response: Response) => {
    const rejected = act({ type: 'respondThreat', threat: status.threat, response }).find(
      (e) => e.type === 'command-rejected',
    );
    if (rejected) setProblem(t('log.rejected', { reason: rejected.reason }));
    else setAnswered(true);
  };

  const choices: { response: Response; label: string; effect: string }[] = [
    {
      response: 'open',
      label: t('threat.open'),
      effect: t('threat.openEffect', { before: risk.now, after: risk.open }),
    },
    {
      response: 'covert',
      label: t('threat.covert'),
      effect: t('threat.covertEffect', {
        success: formatShare(scenarioRisk.covertSuccess),
        after: risk.covert,
      }),
    },
    {
      response: 'none',
      label: t('threat.none'),
      effect: t('threat.noneEffect', { death: formatShare(scenarioRisk.unprotectedDeathChance) }),
    },
  ];

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
    </section>
  );
}
