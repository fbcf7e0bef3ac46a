import { t } from '../../strings/en';

/**
 * The presenter's keys (usePresenterMode binds them): on the setup page, and always visible in
 * play, where the leave button shows its own key.
 */
export function PresenterKeys({ inBar = false }: { inBar?: boolean }) {
  const keys: [string, string][] = [
    [t('presenter.key.pause'), t('presenter.key.pause.what')],
    [t('presenter.key.speed'), t('presenter.key.speed.what')],
  ];
  if (!inBar) keys.push([t('presenter.key.leave'), t('presenter.key.leave.what')]);
  return (
    <dl class={inBar ? 'presenter-keys presenter-keys--bar' : 'presenter-keys'}>
      {keys.map(([key, what]) => (
        <div key={key} class="presenter-keys__row">
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
