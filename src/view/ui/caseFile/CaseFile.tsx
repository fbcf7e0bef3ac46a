import type { ComponentChildren } from 'preact';
import { type CaseFileMember, type CaseNeeds, caseFileView } from '../../../store/selectors/caseFile';
import { t } from '../../strings/en';
import { countryName, formatCount, formatDecimal, formatShare } from '../format';
import { Icon } from '../Icon';
import { roleLabel, statusLabel, syndicateName } from '../labels';
import { useGameMemo } from '../useGame';
import { CodedMembers, proofText } from './CodedMembers';

interface Props {
  syndicate: number;
  /** The heading's id: the play screen's dock and the inbox each have their own. */
  headingId: string;
  /** The heading level where it is placed: 2 on its own, 3 inside the inbox. */
  level?: 2 | 3;
  /** Buttons placed beside the heading (back to the message, close). */
  actions?: ComponentChildren;
  /** A member to pick out (the sender of the message being read): listed, marked and scrolled to. */
  highlight?: number | null;
  /** What the place adds below the facts (the play screen: known stashes and a raid). */
  children?: ComponentChildren;
}

/**
 * The case against one syndicate: who is in it and on the platform, what a conviction needs, how
 * many members the evidence would convict, and member by member how strong the case is, as bars
 * with the likely and strong marks. The play screen's dock and the inbox both show this one file.
 */
export function CaseFile({ syndicate, headingId, level = 2, actions, highlight = null, children }: Props) {
  const file = useGameMemo((game) => caseFileView(game.sim, syndicate, highlight), [syndicate, highlight]);
  const spotlight = file.members.find((m) => m.person === highlight);
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';

  const { needs } = file;
  const hidden = file.size - file.members.length;

  return (
    <section class="casefile" aria-labelledby={headingId}>
      <div class="casefile__header">
        <Heading id={headingId} class="casefile__heading" tabIndex={-1}>
          <Icon name="evidence" />
          {t('inbox.case.heading', { syndicate: syndicateName(file) })}
        </Heading>
        {actions}
      </div>
      <p class="casefile__country">
        <Icon name="country" />
        {t('inbox.case.about', {
          country: countryName(file.countryIso),
          size: formatCount(file.size),
          total: formatCount(file.intercepts.total),
          flagged: formatCount(file.intercepts.flagged),
          read: formatCount(file.intercepts.read),
        })}
        {file.focused && (
          <span class="tag">
            <Icon name="analysts" />
            {t('play.focused')}
          </span>
        )}
      </p>
      <dl class="casefile__facts">
        <div>
          <dt>{t('case.members')}</dt>
          <dd>{formatCount(file.size)}</dd>
        </div>
        <div>
          <dt>{t('case.handsets')}</dt>
          <dd>{formatCount(file.active)}</dd>
        </div>
        <div>
          <dt>{t('case.withEvidence')}</dt>
          <dd>{formatCount(file.withEvidence)}</dd>
        </div>
        <div>
          <dt>{t('case.arrested')}</dt>
          <dd>{formatCount(file.arrested)}</dd>
        </div>
      </dl>
      {spotlight !== undefined && (
        <div class="casefile__spotlight">
          <p class="casefile__spotlight-who">
            <Icon name={`role-${spotlight.role}`} />
            {t('inbox.case.spotlight', { name: spotlight.name, role: roleLabel(spotlight.role) })}
          </p>
          <Strength member={spotlight} needs={needs} />
          {spotlight.proof !== null && <p class="casefile__proof">{proofText(spotlight.proof)}</p>}
        </div>
      )}
      {!file.admissible && (
        <p class="callout callout--danger casefile__warning">
          <Icon name="authorisation" />
          {t('inbox.case.inadmissible')}
        </p>
      )}
      {children}
      <Sub class="casefile__subheading">{t('inbox.case.needsHeading')}</Sub>
      <p class="casefile__needs">
        {t('inbox.case.needs', {
          likelyChance: formatShare(needs.likely.chance),
          likely: formatCount(Math.ceil(needs.likely.evidence)),
          strongChance: formatShare(needs.strong.chance),
          strong: formatCount(Math.ceil(needs.strong.evidence)),
        })}
      </p>
      <div class="casefile__totals">
        <Meter
          label={t('inbox.case.likelyMembers', {
            count: formatCount(file.likely),
            size: formatCount(file.size),
          })}
          share={file.size === 0 ? 0 : file.likely / file.size}
        />
        <Meter
          label={t('inbox.case.strongMembers', {
            count: formatCount(file.strong),
            size: formatCount(file.size),
          })}
          share={file.size === 0 ? 0 : file.strong / file.size}
        />
      </div>
      <p class="hint">
        {t('inbox.case.expected', {
          expected: formatDecimal(file.expectedConvictions),
          withEvidence: formatCount(file.withEvidence),
        })}
      </p>
      <CodedMembers file={file} Sub={Sub} />
      <table class="table table--compact casefile__members">
        <caption>
          {t('inbox.case.membersCaption', {
            shown: formatCount(file.members.length),
            size: formatCount(file.size),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.person')}</th>
            <th scope="col" class="num">
              {t('inbox.case.tags')}
            </th>
            <th scope="col">{t('inbox.case.strength')}</th>
          </tr>
        </thead>
        <tbody>
          {file.members.map((m) => (
            <MemberRow key={m.person} member={m} needs={needs} picked={m.person === highlight} />
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p class="hint">{t('inbox.case.more', { count: formatCount(hidden) })}</p>}
    </section>
  );
}

interface MemberRowProps {
  member: CaseFileMember;
  needs: CaseNeeds;
  /** The member the file was opened for (the sender of the message being read). */
  picked: boolean;
}

function MemberRow({ member: m, needs, picked }: MemberRowProps) {
  return (
    <tr data-person={m.person} class={picked ? 'casefile__picked' : undefined}>
      <th scope="row">
        <span class="casefile__name">{m.name}</span>
        <span class="casefile__role">
          <Icon name={`role-${m.role}`} />
          {roleLabel(m.role)} · @{m.handle} · {statusLabel(m.handset)}
        </span>
      </th>
      <td class="num">{formatCount(m.tags)}</td>
      <td>
        <Strength member={m} needs={needs} />
      </td>
    </tr>
  );
}

/** A member's conviction chance as a bar, the figures, and how far from a likely conviction. */
function Strength({ member: m, needs }: { member: CaseFileMember; needs: CaseNeeds }) {
  const verdict =
    m.chance >= needs.strong.chance
      ? t('inbox.case.strong')
      : m.chance >= needs.likely.chance
        ? t('inbox.case.likely')
        : t('inbox.case.toLikely', { count: formatDecimal(Math.max(0.1, m.toLikely)) });
  return (
    <>
      <CaseBar share={m.chance} likely={needs.likely.chance} strong={needs.strong.chance} />
      <span class="casefile__strength">
        {t('inbox.case.memberStrength', {
          evidence: formatDecimal(m.evidence),
          chance: formatShare(m.chance),
        })}
      </span>
      <span class="casefile__verdict">{verdict}</span>
    </>
  );
}

/** A conviction-chance bar with marks where a conviction becomes likely and strong; the words beside it carry the figures. */
function CaseBar({ share, likely, strong }: { share: number; likely: number; strong: number }) {
  const pct = (x: number) => `${Math.round(Math.min(1, Math.max(0, x)) * 100)}%`;
  return (
    <span class="casebar" aria-hidden="true">
      <span
        class={share >= likely ? 'casebar__fill casebar__fill--likely' : 'casebar__fill'}
        style={{ width: pct(share) }}
      />
      <span class="casebar__mark" style={{ left: pct(likely) }} />
      <span class="casebar__mark casebar__mark--strong" style={{ left: pct(strong) }} />
    </span>
  );
}

function Meter({ label, share }: { label: string; share: number }) {
  return (
    <div class="casefile__meter">
      <span class="casebar casebar--wide" aria-hidden="true">
        <span class="casebar__fill" style={{ width: `${Math.round(Math.min(1, share) * 100)}%` }} />
      </span>
      <span>{label}</span>
    </div>
  );
}
