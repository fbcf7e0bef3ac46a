import { calendarDate } from '../../../store/gameFigures';
import { threatMessage } from '../../../store/selectors/inbox';
import { interceptText } from '../../../store/selectors/inboxText';
import { t } from '../../strings/en';
import { formatCount, formatDate, languageName } from '../format';
import { useGame, useGameMemo } from '../useGame';

/**
 * The intercepted words of a threat to kill, for the threat alert dialog (and anywhere else that
 * shows a threat): sender, recipient, day and, when it was translated, from what. Nothing when
 * analysts have no message for that threat.
 */
export function ThreatIntercept({ threat }: { threat: number }) {
  const id = useGameMemo((g) => threatMessage(g.sim, threat), [threat]);
  if (id === null) return null;
  return <InterceptQuote message={id} />;
}

/** One intercept as a quotation with its caption: who wrote to whom, when, in which language. */
export function InterceptQuote({ message }: { message: number }) {
  const game = useGame();
  const { text, facts, translatedFrom } = interceptText(game.sim, message);
  const date = formatDate(calendarDate(game.scenario.startDate, facts.day));
  const to = facts.recipient ? `@${facts.recipient.handle}` : t('inbox.nobody');
  return (
    <figure class="intercept">
      <blockquote class="intercept__text">{text}</blockquote>
      <figcaption class="intercept__caption">
        {t('inbox.quoteCaption', { from: `@${facts.sender.handle}`, to, day: formatCount(facts.day), date })}
        {translatedFrom !== null && (
          <> {t('inbox.translatedFrom', { language: languageName(translatedFrom) })}</>
        )}
      </figcaption>
    </figure>
  );
}
