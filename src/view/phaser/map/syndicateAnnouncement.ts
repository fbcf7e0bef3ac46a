import type { SimState } from '../../../sim';
import { syndicateLabel } from '../../../store/selectors/names';
import { t } from '../../strings/en';
import { countryName } from '../../ui/format';

/** What a screen reader hears about the syndicate under the map's keyboard cursor. */
export function syndicateAnnouncement(sim: SimState, syndicate: number): string {
  const label = syndicateLabel(sim.net, syndicate);
  return t('map.cursor', {
    syndicate: t('map.syndicate', { family: label.family, number: label.number }),
    country: countryName(label.countryIso),
    members: sim.net.firstMember[syndicate + 1] - sim.net.firstMember[syndicate],
    handsets: sim.activeBySyndicate[syndicate],
  });
}
