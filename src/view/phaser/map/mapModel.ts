/**
 * Everything about a network's picture that never changes during a game — layouts, aggregated
 * syndicate ties, the projected country shapes — built once per network and reused.
 */
import type { Network } from '../../../sim';
import { buildCountryShapes, type CountryShapes } from './draw/drawCountries';
import { type WorldAtlas, worldAtlas } from './geo/worldAtlas';
import { buildNetworkLayout, type NetworkLayout } from './layout/networkLayout';
import { type SyndicateTies, syndicateTies } from './layout/syndicateTies';

export interface MapModel {
  readonly net: Network;
  readonly atlas: WorldAtlas;
  readonly layout: NetworkLayout;
  readonly ties: SyndicateTies;
  readonly shapes: CountryShapes;
  /** Network country index → ISO numeric code, for colouring the map. */
  readonly countryNumeric: readonly string[];
}

const models = new WeakMap<Network, MapModel>();

export function mapModel(net: Network): MapModel {
  const known = models.get(net);
  if (known) return known;
  const atlas = worldAtlas();
  const model: MapModel = {
    net,
    atlas,
    layout: buildNetworkLayout(net, atlas),
    ties: syndicateTies(net),
    shapes: buildCountryShapes(atlas),
    countryNumeric: net.countries.map((c) => c.numeric),
  };
  models.set(net, model);
  return model;
}
