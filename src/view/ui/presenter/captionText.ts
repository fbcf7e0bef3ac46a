import type { SimEvent, SimState } from '../../../sim';
import type { Caption } from '../../../store/presenterCaptions';
import { t } from '../../strings/en';
import { formatCount, formatShare } from '../format';
import { type EventLine, eventLine } from '../play/eventText';

const answers = {
  covert: () => t('presenter.caption.answer.covert'),
  open: () => t('presenter.caption.answer.open'),
  none: () => t('presenter.caption.answer.none'),
} as const;

/** The activity log's line for an event the caption retells: one wording for both. */
function logged(sim: SimState, event: SimEvent): EventLine {
  const line = eventLine(sim, event);
  if (line === null) throw new Error(`presenter: the activity log has no line for a ${event.type} event`);
  return line;
}

/** A caption in words, with the icon and tone the activity log gives the same news. */
export function captionLine(sim: SimState, caption: Caption): EventLine {
  switch (caption.kind) {
    case 'first-handsets':
      return {
        text: t('presenter.caption.firstHandsets', {
          count: formatCount(caption.count),
          syndicates: formatCount(caption.syndicates),
        }),
        icon: 'handset',
        tone: 'info',
      };
    case 'handsets':
      return {
        text: t('presenter.caption.handsets', { count: formatCount(caption.count) }),
        icon: 'handset',
        tone: 'good',
      };
    case 'syndicates':
      return {
        text: t('presenter.caption.syndicates', { count: formatCount(caption.count) }),
        icon: 'syndicate',
        tone: 'good',
      };
    case 'country':
      return logged(sim, { type: 'country-reached', country: caption.country });
    case 'countries':
      return {
        text: t('presenter.caption.countries', { count: formatCount(caption.count) }),
        icon: 'country',
        tone: 'good',
      };
    case 'rival-falls':
      return logged(sim, { type: 'rival-platform-falls', label: caption.label });
    case 'threat': {
      const line = logged(sim, { type: 'threat-detected', threat: caption.threat });
      const answer = caption.response === null ? '' : ` ${answers[caption.response]()}`;
      return { ...line, text: `${line.text}${answer}` };
    }
    case 'threat-killed':
      return logged(sim, { type: 'threat-resolved', threat: caption.threat, outcome: 'killed' });
    case 'raid':
      return logged(sim, { type: 'raid', syndicate: caption.syndicate, arrests: caption.arrests });
    case 'leak-risk':
      return {
        text: t('presenter.caption.leakRisk', { days: caption.days, share: formatShare(caption.share) }),
        icon: 'leak',
        tone: 'danger',
      };
    case 'leak':
      return logged(sim, { type: 'leak' });
    case 'authorisation-ended':
      return logged(sim, { type: 'authorisation-ended' });
    case 'takedown':
      return logged(sim, { type: 'takedown', arrests: caption.arrests });
  }
}
