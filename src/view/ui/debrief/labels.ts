import type { ScorePart, WhatIfId } from '../../../sim';
import type { DecisionKind, Milestone } from '../../../store/selectors/debriefCharts';
import { t } from '../../strings/en';

/** Names of things the debrief lists, each spelled out so the string catalogue test sees every key. */
export const PART_LABEL: Record<ScorePart, () => string> = {
  convictions: () => t('debrief.part.convictions'),
  dismantled: () => t('debrief.part.dismantled'),
  crossTies: () => t('debrief.part.crossTies'),
  seizures: () => t('debrief.part.seizures'),
  lives: () => t('debrief.part.lives'),
  exposure: () => t('debrief.part.exposure'),
  officerDays: () => t('debrief.part.officerDays'),
  privacy: () => t('debrief.part.privacy'),
};

export const WHAT_IF_LABEL: Record<WhatIfId, () => string> = {
  'as-played': () => t('debrief.whatIf.as-played'),
  'takedown-earlier': () => t('debrief.whatIf.takedown-earlier'),
  'takedown-later': () => t('debrief.whatIf.takedown-later'),
  'every-threat-acted-on': () => t('debrief.whatIf.every-threat-acted-on'),
  'best-seeding': () => t('debrief.whatIf.best-seeding'),
  'diligent-reading': () => t('debrief.whatIf.diligent-reading'),
};

const MILESTONE_LABEL: Record<Exclude<Milestone['kind'], 'shock'>, () => string> = {
  abroad: () => t('debrief.milestone.abroad'),
  leak: () => t('debrief.milestone.leak'),
  'authorisation-end': () => t('debrief.milestone.authorisation-end'),
  takedown: () => t('debrief.milestone.takedown'),
};

/** A milestone in words; rival platforms falling carry the scenario's own label. */
export function milestoneText(m: Milestone): string {
  return m.kind === 'shock' ? m.label : MILESTONE_LABEL[m.kind]();
}

export type LaneId = 'seed' | 'focus' | 'threat' | 'raid' | 'read';

export const LANE_LABEL: Record<LaneId, () => string> = {
  seed: () => t('debrief.lane.seed'),
  focus: () => t('debrief.lane.focus'),
  threat: () => t('debrief.lane.threat'),
  raid: () => t('debrief.lane.raid'),
  read: () => t('debrief.lane.read'),
};

export const DECISION_LABEL: Record<DecisionKind, () => string> = {
  seed: () => t('debrief.decision.seed'),
  focus: () => t('debrief.decision.focus'),
  'threat-open': () => t('debrief.decision.threat-open'),
  'threat-covert': () => t('debrief.decision.threat-covert'),
  'threat-none': () => t('debrief.decision.threat-none'),
  raid: () => t('debrief.decision.raid'),
  takedown: () => t('debrief.decision.takedown'),
  read: () => t('debrief.decision.read'),
  tag: () => t('debrief.decision.tag'),
};
