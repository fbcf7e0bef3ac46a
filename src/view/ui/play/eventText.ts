import type { SimEvent, SimState } from '../../../sim';
import { personLabel, syndicateLabel } from '../../../store/selectors/names';
import { t } from '../../strings/en';
import { countryName, formatCount } from '../format';
import type { IconName } from '../Icon';
import { syndicateName } from '../labels';
import { rejectionText } from '../rejectionText';

/** How a log entry looks: danger and good news differ in icon and wording as well as colour. */
export type Tone = 'info' | 'good' | 'danger';

export interface EventLine {
  readonly text: string;
  readonly icon: IconName;
  readonly tone: Tone;
  /** Routine news (a new syndicate, a delivery) is listed but not read out as it happens. */
  readonly quiet?: true;
}

function targetOf(sim: SimState, threat: number): string {
  const target = sim.threats[threat]?.target ?? -1;
  return target >= 0 ? personLabel(sim.net, target).name : t('threat.bystander');
}

/**
 * The activity log's line for an event, or null for the ones it leaves out (daily adoption,
 * and kinds of event this panel does not know).
 */
export function eventLine(sim: SimState, event: SimEvent): EventLine | null {
  const { net } = sim;
  switch (event.type) {
    case 'syndicate-reached':
      return {
        text: t('log.syndicateReached', {
          syndicate: syndicateName(syndicateLabel(net, event.syndicate)),
          country: countryName(syndicateLabel(net, event.syndicate).countryIso),
        }),
        icon: 'syndicate',
        tone: 'info',
        quiet: true,
      };
    case 'country-reached':
      return {
        text: t('log.countryReached', { country: countryName(net.countries[event.country].iso2) }),
        icon: 'country',
        tone: 'good',
      };
    case 'rival-platform-falls':
      return { text: t('log.rivalFalls', { label: event.label }), icon: 'handset', tone: 'info' };
    case 'threat-detected':
      return {
        text: t('log.threatDetected', { target: targetOf(sim, event.threat) }),
        icon: 'msg-threat',
        tone: 'danger',
      };
    case 'threat-resolved': {
      const target = targetOf(sim, event.threat);
      if (event.outcome === 'protected')
        return { text: t('log.threatProtected', { target }), icon: 'check', tone: 'good' };
      if (event.outcome === 'killed')
        return { text: t('log.threatKilled', { target }), icon: 'msg-threat', tone: 'danger' };
      return { text: t('log.threatSurvived', { target }), icon: 'check', tone: 'info' };
    }
    case 'handsets-supplied':
      return {
        text: t('log.supplied', { count: formatCount(event.count) }),
        icon: 'handset',
        tone: 'info',
        quiet: true,
      };
    case 'leak':
      return { text: t('log.leak'), icon: 'leak', tone: 'danger' };
    case 'authorisation-ended':
      return { text: t('log.authorisationEnded'), icon: 'authorisation', tone: 'danger' };
    case 'raid':
      return {
        text: t('log.raid', {
          syndicate: syndicateName(syndicateLabel(net, event.syndicate)),
          arrests: formatCount(event.arrests),
        }),
        icon: 'raid',
        tone: 'info',
      };
    case 'takedown':
      return {
        text: t('log.takedown', { arrests: formatCount(event.arrests) }),
        icon: 'takedown',
        tone: 'good',
      };
    case 'command-rejected':
      return { text: rejectionText(event.rejection), icon: 'close', tone: 'danger' };
    default:
      return null;
  }
}
