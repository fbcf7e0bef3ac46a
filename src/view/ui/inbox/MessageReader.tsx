import { calendarDate } from '../../../store/gameFigures';
import { interceptText } from '../../../store/selectors/inboxText';
import { syndicateLabel } from '../../../store/selectors/names';
import { type ReadingBudget, readingBudget } from '../../../store/selectors/readingBudget';
import { t } from '../../strings/en';
import { countryName, formatCount, formatDate, formatDecimal, languageName } from '../format';
import { Icon } from '../Icon';
import { roleLabel, syndicateName } from '../labels';
import { useAppStore } from '../storeContext';
import { useGame, useGameMemo } from '../useGame';
import { READER_HEADING_ID } from './ids';
import { categoryIcon, categoryLabel } from './inboxLabels';
import { TagControls } from './TagControls';
import { ThreatStatusPanel } from './ThreatStatusPanel';

interface Props {
  message: number;
  onCaseFile(syndicate: number): void;
}

/**
 * The open intercept: who, where, when, in what language, its words; then threat choices and
 * tagging. Opening it reads and files it, which takes reading hours: with none left it shows
 * unfiled (it counts for nothing yet) and says why, and tagging waits with it.
 */
export function MessageReader({ message, onCaseFile }: Props) {
  const game = useGame();
  const sim = game.sim;
  const m = sim.feed[message];
  const { text, facts, translatedFrom } = interceptText(sim, message);
  const syndicate = syndicateLabel(sim.net, facts.syndicate);
  const date = formatDate(calendarDate(game.scenario.startDate, m.day));
  const { admissible, over } = game.figures;
  const budget = useGameMemo((g) => readingBudget(g.sim), []);
  const waiting = !over && !sim.readMessages.has(message);

  const person = (p: NonNullable<typeof facts.recipient>) =>
    t('inbox.person', { name: p.name, handle: p.handle, role: roleLabel(p.role) });

  return (
    <article class="reader" aria-labelledby={READER_HEADING_ID}>
      <h3 id={READER_HEADING_ID} class="reader__heading" tabIndex={-1}>
        <Icon name={categoryIcon(m.category)} />
        {t('inbox.readerHeading', { category: categoryLabel(m.category), day: formatCount(m.day) })}
      </h3>
      <dl class="reader__meta">
        <div>
          <dt>{t('inbox.from')}</dt>
          <dd>{person(facts.sender)}</dd>
        </div>
        <div>
          <dt>{t('inbox.to')}</dt>
          <dd>{facts.recipient ? person(facts.recipient) : t('inbox.nobody')}</dd>
        </div>
        <div>
          <dt>{t('inbox.syndicate')}</dt>
          <dd>{syndicateName(syndicate)}</dd>
        </div>
        <div>
          <dt>{t('inbox.country')}</dt>
          <dd>{countryName(facts.sender.iso2)}</dd>
        </div>
        <div>
          <dt>{t('inbox.sent')}</dt>
          <dd>{t('inbox.sentOn', { date, day: formatCount(m.day) })}</dd>
        </div>
        <div>
          <dt>{t('inbox.language')}</dt>
          <dd>
            {translatedFrom !== null
              ? t('inbox.translatedFrom', { language: languageName(translatedFrom) })
              : t('inbox.writtenIn', { language: languageName(facts.writtenIn) })}
          </dd>
        </div>
      </dl>
      <p class="reader__flags">
        {m.flagged && (
          <span class="tag">
            <Icon name="analysts" />
            {t('inbox.flaggedByAnalysts')}
          </span>
        )}
        <span class="reader__status">
          {over
            ? t('inbox.statusOver')
            : waiting
              ? t('inbox.statusUnread')
              : admissible
                ? t('inbox.statusRead')
                : t('inbox.statusInadmissible')}
        </span>
      </p>
      <ThreatStatusPanel message={message} />
      <blockquote class="reader__text">{text}</blockquote>
      {waiting && <Unread message={message} budget={budget} />}
      <TagControls key={message} message={message} blocked={waiting && budget.reads === 0} />
      <button
        type="button"
        class="button button--small button--quiet reader__case"
        aria-keyshortcuts="C"
        onClick={() => onCaseFile(facts.syndicate)}
      >
        <Icon name="evidence" />
        {t('inbox.openCaseFile', { syndicate: syndicateName(syndicate) })}
      </button>
    </article>
  );
}

/** Under an unread message's words: why it waits, or (once hours have come) a button to read and file it. */
function Unread({ message, budget }: { message: number; budget: ReadingBudget }) {
  const readIntercept = useAppStore((s) => s.readIntercept);
  const minutes = formatCount(Math.round(budget.hoursPerRead * 60));
  if (budget.reads > 0)
    return (
      <p class="reader__unread">
        <button
          type="button"
          class="button"
          onClick={() => {
            readIntercept(message);
            // The button goes with the words it brings: focus stays in the reader, on its heading.
            requestAnimationFrame(() => document.getElementById(READER_HEADING_ID)?.focus());
          }}
        >
          {t('inbox.readNow', { minutes })}
        </button>
      </p>
    );
  return (
    <p class="callout reader__unread">
      <Icon name="message" />
      {t('inbox.noHours', { minutes, perDay: formatDecimal(budget.perDay) })}
    </p>
  );
}
