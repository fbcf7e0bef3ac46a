import type { HandsetStatus } from '../../store/selectors/caseFile';
import type { Role, SyndicateLabel } from '../../store/selectors/names';
import { t } from '../strings/en';

/** Catalogue keys are written out in full so the strings test can see that each one is used. */
const roles: Record<Role, () => string> = {
  boss: () => t('role.boss'),
  lieutenant: () => t('role.lieutenant'),
  broker: () => t('role.broker'),
  launderer: () => t('role.launderer'),
  enforcer: () => t('role.enforcer'),
  courier: () => t('role.courier'),
  soldier: () => t('role.soldier'),
};

export function roleLabel(role: Role): string {
  return roles[role]();
}

const statuses: Record<HandsetStatus, () => string> = {
  active: () => t('status.active'),
  dark: () => t('status.dark'),
  arrested: () => t('status.arrested'),
  none: () => t('status.none'),
};

export function statusLabel(status: HandsetStatus): string {
  return statuses[status]();
}

export function syndicateName(s: SyndicateLabel): string {
  return t('syndicate.name', { family: s.family, number: s.number });
}
