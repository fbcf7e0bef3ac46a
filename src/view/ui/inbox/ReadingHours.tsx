import { readingBudget, rumoursThisWeek } from '../../../store/selectors/readingBudget';
import { t } from '../../strings/en';
import { formatCount, formatDecimal } from '../format';
import { Icon } from '../Icon';
import { useGame, useGameMemo } from '../useGame';

/**
 * The task force's own reading, above the list: the hours in hand and the messages they read,
 * the rumours read this week that the phone is police, and what reading trades.
 */
export function ReadingHours() {
  const { over } = useGame().figures;
  const budget = useGameMemo((g) => readingBudget(g.sim), []);
  const rumours = useGameMemo((g) => rumoursThisWeek(g.sim), []);
  const hours = (h: number) => formatDecimal(h);
  const more =
    budget.reads === 0
      ? t('inbox.budgetOut', { perDay: hours(budget.perDay) })
      : budget.full
        ? t('inbox.budgetFull', { cap: hours(budget.cap) })
        : t('inbox.budgetDaily', { perDay: hours(budget.perDay), cap: hours(budget.cap) });
  return (
    <div class="inbox__budget">
      {!over && (
        <p class={budget.reads === 0 ? 'inbox__hours inbox__hours--out' : 'inbox__hours'}>
          <strong>
            {t('inbox.budget', { hours: hours(budget.hours), reads: formatCount(budget.reads) })}
          </strong>{' '}
          <span class="inbox__hours-more">{more}</span>
        </p>
      )}
      {rumours > 0 && (
        <p class="inbox__rumours">
          <Icon name="msg-rumour" />
          {rumours === 1 ? t('inbox.rumourOne') : t('inbox.rumours', { count: formatCount(rumours) })}
        </p>
      )}
      <p class="inbox__trade hint">{t('inbox.readingTrade')}</p>
    </div>
  );
}
