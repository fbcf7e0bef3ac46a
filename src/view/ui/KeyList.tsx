import { t } from '../strings/en';

/** The play screen's keys, as the briefing lists them (play/useShortcuts.ts binds them). */
export function KeyList() {
  const keys: [string, string][] = [
    [t('keys.pause.keys'), t('keys.pause')],
    [t('keys.speed.keys'), t('keys.speed')],
    [t('keys.seed.keys'), t('keys.seed')],
    [t('keys.analysts.keys'), t('keys.analysts')],
    [t('keys.takedown.keys'), t('keys.takedown')],
    [t('keys.mute.keys'), t('keys.mute')],
    [t('keys.move.keys'), t('keys.move')],
  ];
  return (
    <dl class="keys">
      {keys.map(([key, what]) => (
        <div key={key} class="keys__row">
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
