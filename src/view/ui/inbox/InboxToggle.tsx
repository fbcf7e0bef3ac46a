import { useEffect, useRef } from 'preact/hooks';
import { inboxCounts } from '../../../store/selectors/inbox';
import { t } from '../../strings/en';
import { formatCount } from '../format';
import { Icon } from '../Icon';
import { useAnnounce } from '../play/announce';
import { useAppStore, useStoreApi } from '../storeContext';
import { useGame, useGameMemo } from '../useGame';
import { INBOX_ID, LIST_ID, TOGGLE_ID } from './ids';

/** New flagged intercepts are announced at most once per this many game days, so 4× speed is not a stream of speech. */
const ANNOUNCE_EVERY_DAYS = 7;

/**
 * Opens and closes the inbox (key I, inboxKey.ts); its badge counts the flagged intercepts not yet read, and
 * screen readers hear when new flagged ones arrive.
 */
export function InboxToggle() {
  const game = useGame();
  const store = useStoreApi();
  const open = useAppStore((s) => s.inboxOpen);
  const letterKeys = useAppStore((s) => s.letterKeys);
  const counts = useGameMemo((g) => inboxCounts(g.sim), []);
  useFlaggedAnnouncements(counts.flagged, game.sim.day);

  return (
    <button
      id={TOGGLE_ID}
      type="button"
      class={
        open ? 'button button--small inbox-toggle inbox-toggle--open' : 'button button--small inbox-toggle'
      }
      aria-expanded={open}
      aria-controls={open ? INBOX_ID : undefined}
      aria-keyshortcuts={letterKeys ? 'I' : undefined}
      onClick={() => {
        store.getState().setInboxOpen(!open);
        if (!open) requestAnimationFrame(() => document.getElementById(LIST_ID)?.focus());
      }}
    >
      <Icon name="message" />
      {t('inbox.toggle')}
      {counts.unreadFlagged > 0 && (
        <span class="count-badge count-badge--flagged">
          {formatCount(counts.unreadFlagged)}
          <span class="visually-hidden"> {t('inbox.toggleBadge')}</span>
        </span>
      )}
    </button>
  );
}

function useFlaggedAnnouncements(flagged: number, day: number): void {
  const announce = useAnnounce();
  const last = useRef({ flagged, day });
  useEffect(() => {
    const fresh = flagged - last.current.flagged;
    if (fresh < 0) last.current = { flagged, day };
    else if (fresh > 0 && day - last.current.day >= ANNOUNCE_EVERY_DAYS) {
      announce(t('inbox.newFlagged', { count: formatCount(fresh) }));
      last.current = { flagged, day };
    }
  }, [flagged, day, announce]);
}
