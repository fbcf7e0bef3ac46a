import { t } from '../../strings/en';
import { type KeyRow, KeyRows } from '../KeyList';

/**
 * The presenter's keys (onPresenterKey in usePresenterMode.ts): on the setup page, and always visible in
 * play, where the leave button shows its own key.
 */
export function PresenterKeys({ inBar = false }: { inBar?: boolean }) {
  const keys: KeyRow[] = [
    [t('presenter.key.pause'), t('presenter.key.pause.what')],
    [t('presenter.key.speed'), t('presenter.key.speed.what')],
  ];
  if (!inBar) keys.push([t('presenter.key.leave'), t('presenter.key.leave.what')]);
  return (
    <KeyRows
      keys={keys}
      class={inBar ? 'presenter-keys presenter-keys--bar' : 'presenter-keys'}
      rowClass="presenter-keys__row"
    />
  );
}
