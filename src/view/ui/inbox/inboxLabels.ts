import type { MessageCategory, ThreatOutcome, ThreatResponse } from '../../../sim';
import type { Relation } from '../../../store/selectors/inboxMessage';
import { t } from '../../strings/en';
import type { IconName } from '../Icon';

/** Catalogue keys are written out in full so the strings test can see that each one is used. */
const categories: Record<MessageCategory, () => string> = {
  shipment: () => t('inbox.category.shipment'),
  money: () => t('inbox.category.money'),
  weapons: () => t('inbox.category.weapons'),
  threat: () => t('inbox.category.threat'),
  meeting: () => t('inbox.category.meeting'),
  rumour: () => t('inbox.category.rumour'),
  noise: () => t('inbox.category.noise'),
};

export function categoryLabel(category: MessageCategory): string {
  return categories[category]();
}

export function categoryIcon(category: MessageCategory): IconName {
  return `msg-${category}`;
}

const relations: Record<Relation, () => string> = {
  sender: () => t('inbox.relation.sender'),
  recipient: () => t('inbox.relation.recipient'),
  target: () => t('inbox.relation.target'),
};

export function relationLabel(relation: Relation): string {
  return relations[relation]();
}

const responses: Record<ThreatResponse, () => string> = {
  open: () => t('inbox.threat.answeredOpen'),
  covert: () => t('inbox.threat.answeredCovert'),
  none: () => t('inbox.threat.answeredNone'),
};

export function responseLabel(response: ThreatResponse): string {
  return responses[response]();
}

const outcomes: Record<ThreatOutcome, () => string> = {
  pending: () => t('inbox.threat.outcomePending'),
  protected: () => t('inbox.threat.outcomeProtected'),
  killed: () => t('inbox.threat.outcomeKilled'),
  survived: () => t('inbox.threat.outcomeSurvived'),
};

export function outcomeLabel(outcome: ThreatOutcome): string {
  return outcomes[outcome]();
}
