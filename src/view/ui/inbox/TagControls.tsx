import { useEffect, useRef, useState } from 'preact/hooks';
import { interceptPeople, personChance } from '../../../store/selectors/inboxMessage';
import { t } from '../../strings/en';
import { formatShare } from '../format';
import { Icon } from '../Icon';
import { roleLabel } from '../labels';
import { rejectionText } from '../rejectionText';
import { useAppStore } from '../storeContext';
import { useGame, useGameMemo } from '../useGame';
import { TAGS_ID } from './ids';

/** The line that says why tagging waits, which the tag buttons are described by. */
const BLOCKED_ID = 'inbox-tags-blocked';

import { relationLabel } from './inboxLabels';

interface Props {
  message: number;
  /** The message is unread and no reading hours are left: tagging (which reads it first) must wait. */
  blocked?: boolean;
}

/**
 * Tag the open intercept as evidence against someone it names. Every choice is allowed, wrong ones
 * included (that is the lesson); the result shows the case moving as the task force believes it.
 */
export function TagControls({ message, blocked = false }: Props) {
  const game = useGame();
  const tagIntercept = useAppStore((s) => s.tagIntercept);
  const people = useGameMemo((g) => interceptPeople(g.sim, message), [message]);
  const [result, setResult] = useState<string | null>(null);
  const resultLine = useRef<HTMLParagraphElement>(null);
  // The result sits under the buttons: bring it into view in a short reader pane.
  useEffect(() => {
    if (result !== null) resultLine.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);
  const { over } = game.figures;

  const tag = (person: number, name: string) => {
    const before = personChance(game.sim, person);
    const rejected = tagIntercept(message, person).find((e) => e.type === 'command-rejected');
    const text = rejected
      ? rejectionText(rejected.rejection)
      : t('inbox.tagged', {
          name,
          before: formatShare(before),
          after: formatShare(personChance(game.sim, person)),
        });
    setResult(text);
  };

  return (
    <section id={TAGS_ID} class="reader__tags" aria-labelledby="inbox-tags-heading">
      <h4 id="inbox-tags-heading">
        <Icon name="evidence" />
        {t('inbox.tagHeading')}
      </h4>
      <p class="hint">{t('inbox.tagRisk')}</p>
      {blocked && !over && (
        <p id={BLOCKED_ID} class="hint reader__blocked">
          {t('inbox.tagNeedsHours')}
        </p>
      )}
      {over ? (
        <p class="hint">{t('inbox.tagOver')}</p>
      ) : (
        <ul class="reader__tag-list">
          {people.map((p) => (
            <li key={p.person}>
              <button
                type="button"
                class={
                  blocked && !p.tagged
                    ? 'button button--small reader__tag reader__tag--blocked'
                    : 'button button--small reader__tag'
                }
                aria-disabled={p.tagged || blocked}
                aria-describedby={blocked && !p.tagged ? BLOCKED_ID : undefined}
                aria-keyshortcuts={p.relation === 'sender' ? 'T' : undefined}
                onClick={() => {
                  if (!p.tagged && !blocked) tag(p.person, p.name);
                }}
              >
                {p.tagged && <Icon name="check" />}
                <span>
                  {p.tagged
                    ? t('inbox.taggedPerson', { name: p.name, relation: relationLabel(p.relation) })
                    : t('inbox.tagPerson', { name: p.name, relation: relationLabel(p.relation) })}
                  <span class="reader__tag-sub">
                    {t('inbox.tagPersonSub', {
                      role: roleLabel(p.role),
                      handle: p.handle,
                      chance: formatShare(p.chance),
                    })}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p ref={resultLine} class="reader__result" role="status">
        {result}
      </p>
    </section>
  );
}
