import type { SimState } from '../model/state';
import { takedownSeizuresIn } from './countrySeizures';

/** A country's share of the run, for the article's Australian and New Zealand figures. */
export interface RegionFigures {
  readonly iso2: string;
  /** False when the scenario's network has no syndicates in this country. */
  readonly inRun: boolean;
  readonly arrests: number;
  /** Seized there at the takedown (cocaine and other drugs); null if it cannot be worked out. */
  readonly drugsKg: number | null;
  readonly cashGBP: number | null;
  /** Threats made by the country's syndicates that were acted on. */
  readonly threatsActedOn: number;
}

export function regionFigures(state: SimState, iso2: string): RegionFigures {
  const { net } = state;
  const country = net.countries.findIndex((c) => c.iso2 === iso2);
  let arrests = 0;
  for (let p = 0; p < net.size; p++) if (state.arrestedDay[p] >= 0 && net.countryOf[p] === country) arrests++;
  const threatsActedOn = state.threats.filter(
    (t) =>
      (t.response === 'open' || t.response === 'covert') && net.syndicateCountry[t.syndicate] === country,
  ).length;
  const seized = country < 0 ? null : takedownSeizuresIn(state, iso2);
  return {
    iso2,
    inRun: country >= 0,
    arrests,
    drugsKg: seized ? seized.cocaineKg + seized.otherDrugsKg : country < 0 ? 0 : null,
    cashGBP: seized ? seized.cashGBP : country < 0 ? 0 : null,
    threatsActedOn,
  };
}
