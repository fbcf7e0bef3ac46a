import type { CaseFileView, ReadingProof } from '../../../store/selectors/caseFile';
import { codedTalk } from '../../../store/selectors/codedTalk';
import { t } from '../../strings/en';
import { formatCount, formatShare } from '../format';
import { Icon } from '../Icon';
import { roleLabel, statusLabel } from '../labels';
import { useGameMemo } from '../useGame';

interface Props {
  file: CaseFileView;
  /** The case file's subheading level. */
  Sub: 'h3' | 'h4';
}

/**
 * The case file's boss and lieutenants, who talk in code: what the player's own reading bought
 * against each, since analysts' volume alone hardly touches them.
 */
export function CodedMembers({ file, Sub }: Props) {
  const coded = useGameMemo((game) => codedTalk(game.sim), []);
  if (file.coded.length === 0) return null;
  return (
    <>
      <Sub class="casefile__subheading">{t('inbox.case.codedHeading')}</Sub>
      <p class="casefile__coded-about">
        {t('inbox.case.coded', { boss: formatShare(coded.boss), lieutenant: formatShare(coded.lieutenant) })}
      </p>
      <ul class="casefile__coded">
        {file.coded.map((m) => (
          <li key={m.person} class="casefile__coded-member" data-person={m.person}>
            <span class="casefile__name">{m.name}</span>
            <span class="casefile__role">
              <Icon name={`role-${m.role}`} />
              {roleLabel(m.role)} · @{m.handle} · {statusLabel(m.handset)}
            </span>
            {m.proof !== null && (
              <span class="casefile__proof">
                {m.handset === 'none' && m.proof.tags === 0
                  ? t('inbox.case.proof.noHandset')
                  : proofText(m.proof)}
              </span>
            )}
          </li>
        ))}
      </ul>
      {file.codedCount > file.coded.length && (
        <p class="hint">
          {t('inbox.case.codedMore', { count: formatCount(file.codedCount - file.coded.length) })}
        </p>
      )}
    </>
  );
}

/**
 * What the player's tags bought against someone who talks in code, in one sentence: how many of
 * the tags a strong case needs, and the conviction chance without and with them.
 */
export function proofText(proof: ReadingProof): string {
  const chances = { before: formatShare(proof.chanceWithoutTags), after: formatShare(proof.chance) };
  const tags = formatCount(proof.tags);
  if (proof.tagsToStrong === null)
    return proof.tags > 0
      ? t('inbox.case.proof.closed', { tags, ...chances })
      : t('inbox.case.proof.closedNone', { chance: formatShare(proof.chance) });
  if (proof.tags === 0)
    return proof.tagsToStrong > 0
      ? t('inbox.case.proof.none', {
          chance: formatShare(proof.chance),
          needed: formatCount(proof.tagsToStrong),
        })
      : t('inbox.case.proof.strongAlready', { chance: formatShare(proof.chance) });
  return proof.tagsToStrong > 0
    ? t('inbox.case.proof.some', { tags, needed: formatCount(proof.tags + proof.tagsToStrong), ...chances })
    : t('inbox.case.proof.enough', { tags, ...chances });
}
