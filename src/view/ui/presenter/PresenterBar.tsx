import type { PolicyName } from '../../../sim';
import { t } from '../../strings/en';
import { InboxToggle } from '../inbox/InboxToggle';
import { ACTIONS_ID } from '../play/SheetTabs';
import { useAppStore } from '../storeContext';
import { PresenterKeys } from './PresenterKeys';

/**
 * The action bar while a policy plays: who is playing, the keys, and the way out. The player's
 * own moves are left out: the run is the policy's.
 */
export function PresenterBar({ policy }: { policy: PolicyName }) {
  const stopPresentation = useAppStore((s) => s.stopPresentation);
  return (
    <section id={ACTIONS_ID} class="action-bar presenter-bar" aria-label={t('presenter.bar')}>
      <InboxToggle />
      <p class="presenter-bar__policy">{t('presenter.playedBy', { policy: t(`policy.${policy}.label`) })}</p>
      <span class="action-bar__spacer" />
      <PresenterKeys inBar />
      <button
        type="button"
        class="button button--small button--quiet"
        aria-keyshortcuts="Escape"
        onClick={stopPresentation}
      >
        {t('presenter.leave')}
        {/* The key is in aria-keyshortcuts for screen readers; the name stays the words. */}
        <span aria-hidden="true">
          <kbd>{t('presenter.key.leave')}</kbd>
        </span>
      </button>
    </section>
  );
}
