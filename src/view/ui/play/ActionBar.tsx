import { t } from '../../strings/en';
import { formatCount } from '../format';
import { Icon } from '../Icon';
import { InboxToggle } from '../inbox/InboxToggle';
import { useAppStore } from '../storeContext';
import { useGame } from '../useGame';
import { ACTIONS_ID } from './SheetTabs';

/** The player's moves during play, each with its key (play/playKeys.ts). */
export function ActionBar() {
  const game = useGame();
  const openDialog = useAppStore((s) => s.openDialog);
  const planTakedown = useAppStore((s) => s.planTakedown);
  const muted = useAppStore((s) => s.muted);
  const toggleMuted = useAppStore((s) => s.toggleMuted);
  const letterKeys = useAppStore((s) => s.letterKeys);
  const toggleLetterKeys = useAppStore((s) => s.toggleLetterKeys);
  /** Only keys that work are announced as shortcuts. */
  const shortcut = (key: string) => (letterKeys ? key : undefined);
  const leaveGame = useAppStore((s) => s.leaveGame);
  const over = game.figures.over;

  return (
    <section id={ACTIONS_ID} class="action-bar" aria-label={t('play.actions')}>
      <InboxToggle />
      {!over && (
        <>
          <button
            type="button"
            class="button button--small"
            aria-keyshortcuts={shortcut('S')}
            onClick={() => openDialog({ kind: 'seed' })}
          >
            <Icon name="handset" />
            {t('play.seed')}
            <span class="count-badge">
              {formatCount(game.figures.supply)}
              <span class="visually-hidden"> {t('play.seedStock')}</span>
            </span>
          </button>
          <button
            type="button"
            class="button button--small"
            aria-keyshortcuts={shortcut('A')}
            onClick={() => openDialog({ kind: 'analysts' })}
          >
            <Icon name="analysts" />
            {t('play.analysts')}
          </button>
          <button
            type="button"
            class="button button--small button--primary button--danger"
            aria-keyshortcuts={shortcut('T')}
            onClick={planTakedown}
          >
            <Icon name="takedown" />
            {t('play.planTakedown')}
          </button>
        </>
      )}
      <span class="action-bar__spacer" />
      <button
        type="button"
        class="button button--small button--quiet"
        aria-pressed={!muted}
        aria-keyshortcuts={shortcut('M')}
        onClick={toggleMuted}
      >
        <Icon name={muted ? 'sound-off' : 'sound-on'} />
        {t('play.sound')}
      </button>
      <button
        type="button"
        class="button button--small button--quiet"
        aria-pressed={letterKeys}
        onClick={toggleLetterKeys}
        title={t('play.letterKeys.hint')}
      >
        {t('play.letterKeys')}
      </button>
      <button type="button" class="button button--small button--quiet" onClick={leaveGame}>
        {t('play.leave')}
      </button>
    </section>
  );
}
