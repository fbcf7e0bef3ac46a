import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { READ_HOURS } from '../../../sim';
import { filterInbox, inboxCounts } from '../../../store/selectors/inbox';
import { t } from '../../strings/en';
import { CaseFile } from '../caseFile/CaseFile';
import { formatCount } from '../format';
import { Icon } from '../Icon';
import { useAppStore, useStoreApi } from '../storeContext';
import { useGame, useGameMemo } from '../useGame';
import { InboxFilterBar } from './InboxFilterBar';
import {
  CASE_HEADING_ID,
  INBOX_ID,
  LIST_ID,
  READER_HEADING_ID,
  SEARCH_ID,
  SHEET_TAB_ID,
  TAGS_ID,
  TOGGLE_ID,
} from './ids';
import { MessageList } from './MessageList';
import { MessageReader } from './MessageReader';
import { ReadingHours } from './ReadingHours';

/** Frames to wait for an element that focus should move to. */
const FOCUS_TRIES = 5;

/**
 * The intercepts inbox, docked over the map: filters on top, the list on the left, the open
 * message or a case file on the right. Keys anywhere in it (outside text fields): / search,
 * F flagged only, U unread only, C case file, J/K next and previous message, Esc back out.
 */
export function InboxPanel() {
  const game = useGame();
  const store = useStoreApi();
  const filters = useAppStore((s) => s.inboxFilters);
  const cursor = useAppStore((s) => s.inboxCursor);
  const reading = useAppStore((s) => s.inboxReading);
  const detail = useAppStore((s) => s.inboxDetail);
  const result = useGameMemo((g) => filterInbox(g.sim, filters), [filters]);
  const counts = useGameMemo((g) => inboxCounts(g.sim), []);
  // Where focus goes once the next render is on screen (the reader's heading, the first tag
  // button, the case file's heading): set by keys and buttons, taken by the effect below.
  const pendingFocus = useRef<string | null>(null);
  const [, setFocusTick] = useState(0);
  const focusSoon = (selector: string) => {
    pendingFocus.current = selector;
    setFocusTick((n) => n + 1);
  };
  useEffect(() => {
    // The element may come a render later (the store and this component update separately): try
    // again for a few frames rather than drop the request.
    let frame = 0;
    const attempt = (triesLeft: number) => {
      const selector = pendingFocus.current;
      if (selector === null) return;
      const element = document.querySelector<HTMLElement>(selector);
      if (element !== null || triesLeft === 0) {
        pendingFocus.current = null;
        element?.focus();
      } else {
        frame = requestAnimationFrame(() => attempt(triesLeft - 1));
      }
    };
    attempt(FOCUS_TRIES);
    return () => cancelAnimationFrame(frame);
  });

  // While the inbox covers the map, the map's own controls (another layer) step aside: see styles.css.
  useEffect(() => {
    document.documentElement.dataset.inbox = 'open';
    return () => {
      delete document.documentElement.dataset.inbox;
    };
  }, []);

  const setCursor = useCallback((id: number) => store.getState().setInboxCursor(id), [store]);
  const open = (id: number, focus: 'reader' | 'tags' | null) => {
    store.getState().readIntercept(id);
    if (focus === 'reader') focusSoon(`#${READER_HEADING_ID}`);
    if (focus === 'tags') focusSoon(`#${TAGS_ID} button`);
  };
  const openCaseFile = (syndicate: number) => {
    store.getState().showInboxCaseFile(syndicate);
    focusSoon(`#${CASE_HEADING_ID}`);
  };

  const step = (by: number) => {
    const ids = result.ids;
    if (ids.length === 0) return;
    const at = reading === null ? -1 : ids.indexOf(reading);
    const next = ids[Math.max(0, Math.min(ids.length - 1, at + by))];
    open(next, 'reader');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const typing = target?.closest('input[type="search"], select, textarea') != null;
    const key = event.key;
    if (key === 'Escape') {
      if (target?.id === LIST_ID) close();
      else focusById(LIST_ID);
    } else if (typing) {
      return;
    } else if (key === '/') {
      focusById(SEARCH_ID);
    } else if (key === 'f' || key === 'F') {
      store.getState().setInboxFilters({ flaggedOnly: !filters.flaggedOnly });
    } else if (key === 'u' || key === 'U') {
      store.getState().setInboxFilters({ unreadOnly: !filters.unreadOnly });
    } else if ((key === 'c' || key === 'C') && reading !== null) {
      openCaseFile(game.sim.net.syndicateOf[game.sim.feed[reading].sender]);
    } else if (key === 't' || key === 'T') {
      // In the inbox T always means "tag" (never the play screen's takedown key): the message read,
      // or else the one under the cursor.
      if (reading !== null) {
        if (detail.kind !== 'message') store.getState().showInboxMessage();
        focusSoon(`#${TAGS_ID} button`);
      } else if (cursor !== null) open(cursor, 'tags');
    } else if ((key === 'j' || key === 'J') && target?.closest('.reader')) {
      step(1);
    } else if ((key === 'k' || key === 'K') && target?.closest('.reader')) {
      step(-1);
    } else {
      return;
    }
    event.preventDefault();
  };

  const close = () => {
    store.getState().setInboxOpen(false);
    // The toggle stays on screen (on a narrow one, the tab that stands for it): focus goes back to
    // it so the keyboard user is not lost.
    requestAnimationFrame(() => {
      const toggle = document.getElementById(TOGGLE_ID);
      if (toggle?.checkVisibility()) toggle.focus();
      else focusById(SHEET_TAB_ID);
    });
  };

  return (
    <section id={INBOX_ID} class="inbox" aria-labelledby="inbox-heading" onKeyDown={onKeyDown}>
      <header class="inbox__header">
        <h2 id="inbox-heading" class="inbox__title">
          <Icon name="message" />
          {t('inbox.heading')}
        </h2>
        <p class="inbox__counts">
          {t('inbox.counts', {
            total: formatCount(counts.total),
            unread: formatCount(counts.unread),
            flagged: formatCount(counts.unreadFlagged),
          })}
        </p>
        <button type="button" class="icon-button" aria-keyshortcuts="Escape" onClick={close}>
          <Icon name="close" />
          <span class="visually-hidden">{t('inbox.close')}</span>
        </button>
      </header>
      <ReadingHours />
      <InboxFilterBar
        summary={
          <p class="inbox__summary" role="status">
            {result.searched
              ? result.capped
                ? t('inbox.searchCapped', { count: formatCount(result.ids.length) })
                : t('inbox.searchFound', { count: formatCount(result.ids.length) })
              : t('inbox.showing', {
                  count: formatCount(result.ids.length),
                  total: formatCount(counts.total),
                })}
          </p>
        }
      />
      <div class="inbox__body">
        <MessageList
          sim={game.sim}
          ids={result.ids}
          cursor={cursor}
          reading={reading}
          onCursor={setCursor}
          onOpen={(id, by) => open(id, by === 'keyboard' ? 'reader' : null)}
          onTag={(id) => open(id, 'tags')}
        />
        <div class="inbox__detail">
          {detail.kind === 'case' ? (
            <CaseFile
              key={detail.syndicate}
              syndicate={detail.syndicate}
              headingId={CASE_HEADING_ID}
              level={3}
              highlight={reading === null ? null : game.sim.feed[reading].sender}
              actions={
                reading !== null && (
                  <button
                    type="button"
                    class="button button--small button--quiet casefile__back"
                    onClick={() => {
                      store.getState().showInboxMessage();
                      focusSoon(`#${READER_HEADING_ID}`);
                    }}
                  >
                    {t('inbox.backToMessage')}
                  </button>
                )
              }
            />
          ) : reading !== null ? (
            <MessageReader message={reading} onCaseFile={openCaseFile} />
          ) : (
            <p class="inbox__placeholder">{t('inbox.pick', { minutes: formatCount(READ_HOURS * 60) })}</p>
          )}
        </div>
      </div>
      <p class="inbox__keys hint">{t('inbox.keys')}</p>
    </section>
  );
}

function focusById(id: string): void {
  document.getElementById(id)?.focus();
}
