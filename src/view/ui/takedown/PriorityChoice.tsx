import { TAKEDOWN_PRIORITIES, type TakedownPriority } from '../../../sim';
import { t } from '../../strings/en';

/** Catalogue keys written out in full, so the strings test sees each one used. */
const WORDS: Record<TakedownPriority, { label: () => string; about: () => string }> = {
  'key-player': {
    label: () => t('takedown.priority.key-player'),
    about: () => t('takedown.priority.key-player.about'),
  },
  evidence: {
    label: () => t('takedown.priority.evidence'),
    about: () => t('takedown.priority.evidence.about'),
  },
};

export function priorityCaption(priority: TakedownPriority): string {
  return priority === 'key-player'
    ? t('takedown.targetsCaption.key-player')
    : t('takedown.targetsCaption.evidence');
}

/** Whom the teams go for once the named targets have theirs: a radio group, each with what it trades. */
export function PriorityChoice(props: { chosen: TakedownPriority; choose: (p: TakedownPriority) => void }) {
  return (
    <fieldset class="picker takedown-priority">
      <legend>{t('takedown.priority.legend')}</legend>
      <ul class="check-list">
        {TAKEDOWN_PRIORITIES.map((priority) => {
          const id = `priority-${priority}`;
          return (
            <li key={priority}>
              <label for={id}>
                <input
                  id={id}
                  type="radio"
                  name="takedown-priority"
                  value={priority}
                  checked={priority === props.chosen}
                  aria-describedby={`${id}-about`}
                  onChange={() => props.choose(priority)}
                />
                {WORDS[priority].label()}
              </label>
              <span class="check-list__facts" id={`${id}-about`}>
                {WORDS[priority].about()}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
