import type { Notice } from '../../../../store/gameSlice';
import { t } from '../../../strings/en';
import { Icon } from '../../Icon';
import { useAppStore } from '../../storeContext';
import { Modal } from './Modal';

const notices: Record<Notice, { icon: 'leak' | 'authorisation'; heading: () => string; body: () => string }> =
  {
    leak: { icon: 'leak', heading: () => t('notice.leak.heading'), body: () => t('notice.leak.body') },
    'authorisation-ended': {
      icon: 'authorisation',
      heading: () => t('notice.authorisation.heading'),
      body: () => t('notice.authorisation.body'),
    },
  };

/** A turn of the story that stops the clock until the player has read it. */
export function NoticeDialog({ notice }: { notice: Notice }) {
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  const { icon, heading, body } = notices[notice];
  return (
    <Modal alert labelledBy="notice-heading" describedBy="notice-body" onCancel={dismissNotice}>
      <h2 id="notice-heading" class="modal__heading modal__heading--danger" tabIndex={-1}>
        <Icon name={icon} />
        {heading()}
      </h2>
      <p id="notice-body">{body()}</p>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={dismissNotice}>
          {t('notice.continue')}
        </button>
      </div>
    </Modal>
  );
}
