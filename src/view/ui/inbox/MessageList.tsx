import { useEffect, useRef } from 'preact/hooks';
import type { SimState } from '../../../sim';
import { t } from '../../strings/en';
import { LIST_ID } from './ids';
import { MessageRow, rowId } from './MessageRow';
import { useVirtualWindow } from './useVirtualWindow';

interface Props {
  sim: SimState;
  ids: Int32Array;
  cursor: number | null;
  reading: number | null;
  onCursor(id: number): void;
  /** Open a message: Enter moves focus to the reader, a click leaves it on the list. */
  onOpen(id: number, by: 'keyboard' | 'pointer'): void;
  /** T: tag the message under the cursor. */
  onTag(id: number): void;
}

/**
 * The intercepts as a single-select listbox: focus stays on the list and the cursor row is its
 * active descendant (always rendered, even when scrolled away). Only the rows on screen exist in
 * the DOM. Keys: ↑/↓ or K/J move, Page Up/Down and Home/End jump, Enter opens, T tags.
 */
export function MessageList({ sim, ids, cursor, reading, onCursor, onOpen, onTag }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const win = useVirtualWindow(scroller, ids.length, '[role="option"]');
  const lastIndex = useRef(0);

  let index = cursor === null ? -1 : ids.indexOf(cursor);
  if (index >= 0) lastIndex.current = index;
  // The cursor's message left the list (read under "unread only", or filtered out): stay in place.
  const fallback = ids.length === 0 ? null : ids[Math.min(lastIndex.current, ids.length - 1)];
  useEffect(() => {
    if (index < 0 && fallback !== null && fallback !== cursor) onCursor(fallback);
  }, [index, fallback, cursor, onCursor]);
  if (index < 0 && fallback !== null) index = Math.min(lastIndex.current, ids.length - 1);
  const active = index >= 0 ? ids[index] : null;

  const moveTo = (next: number) => {
    if (ids.length === 0) return;
    const clamped = Math.max(0, Math.min(ids.length - 1, next));
    onCursor(ids[clamped]);
    win.scrollToRow(clamped);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const at = Math.max(index, 0);
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
      case 'J':
        moveTo(index < 0 ? 0 : at + 1);
        break;
      case 'ArrowUp':
      case 'k':
      case 'K':
        moveTo(at - 1);
        break;
      case 'PageDown':
        moveTo(at + win.pageRows);
        break;
      case 'PageUp':
        moveTo(at - win.pageRows);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(ids.length - 1);
        break;
      case 'Enter':
        if (active === null) return;
        onOpen(active, 'keyboard');
        break;
      case 't':
      case 'T':
        if (active === null) return;
        onTag(active);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const rows: { id: number; index: number }[] = [];
  for (let i = win.start; i < win.end; i++) rows.push({ id: ids[i], index: i });
  if (index >= 0 && (index < win.start || index >= win.end)) rows.push({ id: ids[index], index });

  return (
    <div class="inbox-list-frame">
      <div
        ref={scroller}
        id={LIST_ID}
        class="inbox-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('inbox.listLabel', { count: ids.length })}
        aria-activedescendant={active === null ? undefined : rowId(active)}
        aria-keyshortcuts="ArrowUp ArrowDown J K Home End PageUp PageDown Enter T"
        onKeyDown={onKeyDown}
      >
        <div
          class="inbox-list__rows"
          role="presentation"
          style={{ height: `${ids.length * win.rowHeight}px` }}
        >
          {rows.map((row) => (
            <MessageRow
              key={row.id}
              sim={sim}
              id={row.id}
              index={row.index}
              count={ids.length}
              top={row.index * win.rowHeight}
              cursor={row.id === active}
              reading={row.id === reading}
              onPick={(id, i) => {
                moveTo(i);
                onOpen(id, 'pointer');
              }}
            />
          ))}
        </div>
      </div>
      {ids.length === 0 && <p class="inbox-list__empty">{t('inbox.empty')}</p>}
    </div>
  );
}
