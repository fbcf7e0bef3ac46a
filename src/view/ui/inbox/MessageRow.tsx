import type { SimState } from '../../../sim';
import { interceptText } from '../../../store/selectors/inboxText';
import { t } from '../../strings/en';
import { formatCount } from '../format';
import { Icon } from '../Icon';
import { categoryIcon, categoryLabel } from './inboxLabels';

interface Props {
  sim: SimState;
  id: number;
  /** Position in the filtered list, from 0. */
  index: number;
  count: number;
  top: number;
  cursor: boolean;
  reading: boolean;
  onPick(id: number, index: number): void;
}

/** The longest preview a row shows; the row's CSS ellipsis trims it to the width. */
const PREVIEW_CHARS = 140;

export function rowId(id: number): string {
  return `inbox-row-${id}`;
}

/**
 * One intercept in the list: flag, unread mark, category, who to whom, day and the first words.
 * Its text is rendered here only because the row is on screen (and cached after that).
 */
export function MessageRow({ sim, id, index, count, top, cursor, reading, onPick }: Props) {
  const m = sim.feed[id];
  const unread = !sim.readMessages.has(id);
  const { text, facts } = interceptText(sim, id);
  const to = facts.recipient ? `@${facts.recipient.handle}` : t('inbox.nobody');
  const classes = ['inbox-row', `inbox-row--${m.category}`];
  if (unread) classes.push('inbox-row--unread');
  if (m.flagged) classes.push('inbox-row--flagged');
  if (cursor) classes.push('inbox-row--cursor');
  if (reading) classes.push('inbox-row--reading');
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: the listbox holds focus; rows are its active descendant
    // biome-ignore lint/a11y/useKeyWithClickEvents: keys are the listbox's (MessageList)
    <div
      id={rowId(id)}
      role="option"
      aria-selected={cursor}
      aria-posinset={index + 1}
      aria-setsize={count}
      class={classes.join(' ')}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onPick(id, index)}
    >
      <span class="inbox-row__line">
        <span class="inbox-row__unread">
          <span class="visually-hidden">{unread ? t('inbox.unread') : t('inbox.read')}</span>
        </span>
        {m.flagged && (
          <span class="inbox-row__flag">
            <Icon name="analysts" />
            <span class="visually-hidden">{t('inbox.flagged')}</span>
          </span>
        )}
        <span class="inbox-row__category">
          <Icon name={categoryIcon(m.category)} />
          {categoryLabel(m.category)}
        </span>
        <span class="inbox-row__who">{t('inbox.fromTo', { from: `@${facts.sender.handle}`, to })}</span>
        <span class="inbox-row__day">{t('inbox.rowDay', { day: formatCount(m.day) })}</span>
      </span>
      <span class="inbox-row__preview">{text.slice(0, PREVIEW_CHARS)}</span>
    </div>
  );
}
