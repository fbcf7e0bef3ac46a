import { t } from '../strings/en';

/** Key, then what it does. */
export type KeyRow = readonly [key: string, what: string];

/** Keys and what they do as a description list, each pair in a row element for layout. */
export function KeyRows({
  keys,
  class: className,
  rowClass,
}: {
  keys: readonly KeyRow[];
  class: string;
  rowClass: string;
}) {
  return (
    <dl class={className}>
      {keys.map(([key, what]) => (
        <div key={key} class={rowClass}>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The play screen's keys, as the briefing lists them (play/playKeys.ts and inbox/inboxKey.ts,
 * bound by pageKeys.ts), for the mode chosen: the clock's pause and speeds, or the turns; the play
 * screen's "Letter keys" button switches the one-letter ones off.
 */
export function KeyList({ turns }: { turns: boolean }) {
  const clock: KeyRow[] = [
    [t('keys.pause.keys'), t('keys.pause')],
    [t('keys.speed.keys'), t('keys.speed')],
  ];
  const keys: KeyRow[] = [
    ...(turns ? [[t('keys.turns.keys'), t('keys.turns')] as const] : clock),
    [t('keys.seed.keys'), t('keys.seed')],
    [t('keys.analysts.keys'), t('keys.analysts')],
    [t('keys.takedown.keys'), t('keys.takedown')],
    [t('keys.inbox.keys'), t('keys.inbox')],
    [t('keys.mute.keys'), t('keys.mute')],
    [t('keys.move.keys'), t('keys.move')],
  ];
  return <KeyRows keys={keys} class="keys" rowClass="keys__row" />;
}
