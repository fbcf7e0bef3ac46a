import { DRUG_KINDS, MONEY_CHANNELS, type SimState, WEAPON_KINDS } from '../model/state';
import { logNormal, nextFloat, nextInt, pick, poisson, type RngState } from '../random/rng';
import { dealArranger, detectedToday, randomActiveHolder } from './criminalEvents';

const OTHER_DRUGS = DRUG_KINDS.filter((d) => d !== 'cocaine');

/**
 * Drug shipments, laundering transfers and weapons deals happen whether or not
 * anyone reads about them; only the ones analysts read add to the stashes the
 * task force knows of, and only known stashes can be seized.
 */
export function generateEvents(state: SimState, coverage: Float64Array): void {
  const { scenario, net, knownStash } = state;
  const a = scenario.activity;
  const rng = state.rng.activity;
  const active = state.activeHandsets;

  for (let n = poisson(rng, active * a.shipmentsPerDeviceDay); n > 0; n--) {
    const member = randomActiveHolder(state, rng);
    if (member < 0) break;
    const sender = dealArranger(state, member, rng);
    const syndicate = net.syndicateOf[sender];
    const drug = nextFloat(rng) < a.cocaineShare ? 'cocaine' : pick(rng, OTHER_DRUGS);
    const kg = Math.max(1, Math.round(logNormal(rng, a.shipmentKgMedian, 0.8)));
    const toCountry = net.countryOf[sender];
    const fromCountry = sourceCountry(state, drug, toCountry, rng);
    const detected = detectedToday(coverage, syndicate, rng);
    const arrivalDay = state.day + 7 + nextInt(rng, 40);
    state.events.push({
      kind: 'shipment',
      id: state.events.length,
      day: state.day,
      sender,
      syndicate,
      detected,
      drug,
      kg,
      fromCountry,
      toCountry,
      arrivalDay,
    });
    if (detected) (drug === 'cocaine' ? knownStash.cocaineKg : knownStash.otherDrugsKg)[syndicate] += kg;
  }

  for (let n = poisson(rng, active * a.launderingPerDeviceDay); n > 0; n--) {
    const member = randomActiveHolder(state, rng);
    if (member < 0) break;
    const sender = dealArranger(state, member, rng);
    const syndicate = net.syndicateOf[sender];
    const amountGBP = Math.max(1000, Math.round(logNormal(rng, a.cashGBPMedian, 0.9) / 1000) * 1000);
    const channel = pick(rng, MONEY_CHANNELS);
    const toCountry = nextInt(rng, net.countries.length);
    const detected = detectedToday(coverage, syndicate, rng);
    state.events.push({
      kind: 'laundering',
      id: state.events.length,
      day: state.day,
      sender,
      syndicate,
      detected,
      amountGBP,
      channel,
      toCountry,
    });
    if (detected) knownStash.cashGBP[syndicate] += amountGBP;
  }

  for (let n = poisson(rng, active * a.weaponsPerDeviceDay); n > 0; n--) {
    const member = randomActiveHolder(state, rng);
    if (member < 0) break;
    const sender = dealArranger(state, member, rng);
    const syndicate = net.syndicateOf[sender];
    const count = 1 + nextInt(rng, a.gunsPerDeal * 2 - 1);
    const weapon = pick(rng, WEAPON_KINDS);
    const detected = detectedToday(coverage, syndicate, rng);
    state.events.push({
      kind: 'weapons',
      id: state.events.length,
      day: state.day,
      sender,
      syndicate,
      detected,
      weapon,
      count,
    });
    if (detected) knownStash.guns[syndicate] += count;
  }
}

/** Cocaine comes from Latin America where the network has a foothold there; other goods from anywhere abroad. */
function sourceCountry(state: SimState, drug: string, toCountry: number, rng: RngState): number {
  const { countries } = state.net;
  if (drug === 'cocaine') {
    const latin = state.tables.latinAmerica;
    if (latin.length > 0) {
      const from = latin[nextInt(rng, latin.length)];
      if (from !== toCountry || latin.length === 1) return from;
    }
  }
  const from = nextInt(rng, countries.length);
  return from === toCountry && countries.length > 1 ? (from + 1) % countries.length : from;
}

/** Goods move on: a stash the task force knew of shrinks with a set half-life. */
export function decayStashes(state: SimState): void {
  const factor = 2 ** (-1 / state.scenario.activity.stashHalfLifeDays);
  const { cocaineKg, otherDrugsKg, guns, cashGBP } = state.knownStash;
  for (let s = 0; s < cocaineKg.length; s++) {
    cocaineKg[s] *= factor;
    otherDrugsKg[s] *= factor;
    guns[s] *= factor;
    cashGBP[s] *= factor;
  }
}
