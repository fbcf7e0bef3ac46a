import {
  caseStrength,
  isAdmissible,
  isArrestable,
  round1,
  type SimState,
  takedownCandidates,
  takedownTargets,
  takedownTeams,
} from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

export interface TakedownCountry {
  readonly iso: string;
  /** Syndicates a handset has reached there. */
  readonly syndicates: readonly SyndicateLabel[];
  /** People there with analysed evidence against them, not yet arrested. */
  readonly withEvidence: number;
}

export interface TakedownTarget extends PersonLabel {
  readonly syndicate: SyndicateLabel;
  readonly evidence: number;
  /** Evidence strength: the chance a charge sticks, 0–1. */
  readonly chance: number;
}

export interface TakedownPlan {
  /** Arrest teams the officers make up (one arrest each). */
  readonly teams: number;
  /** People with evidence in the chosen countries. */
  readonly candidates: number;
  /** The people the teams would go for, strongest cases first (at most `shown`). */
  readonly targets: readonly TakedownTarget[];
  /** False after the authorisation ended: no intercepted evidence can be used. */
  readonly admissible: boolean;
}

/** Countries with at least one reached syndicate, those with most people under evidence first (then by ISO code). */
export function takedownCountries(sim: SimState): TakedownCountry[] {
  const { net } = sim;
  const withEvidence = new Int32Array(net.countries.length);
  for (let p = 0; p < net.size; p++) if (isArrestable(sim, p)) withEvidence[net.countryOf[p]]++;
  const syndicates = net.countries.map((): SyndicateLabel[] => []);
  for (let s = 0; s < net.syndicateCount; s++)
    if (sim.syndicateReachedDay[s] >= 0) syndicates[net.syndicateCountry[s]].push(syndicateLabel(net, s));
  return net.countries
    .map((c, i) => ({ iso: c.iso2, syndicates: syndicates[i], withEvidence: withEvidence[i] }))
    .filter((c) => c.syndicates.length > 0)
    .sort((a, b) => b.withEvidence - a.withEvidence || a.iso.localeCompare(b.iso));
}

/**
 * Who the day of action would go for in `countries` with `officers`, exactly as the takedown
 * chooses them. Nothing chosen is no plan: the screen keeps the launch disabled then (a takedown
 * command's empty list would mean every country).
 */
export function takedownPlan(
  sim: SimState,
  countries: ReadonlySet<string>,
  officers: number,
  shown: number,
): TakedownPlan {
  const { net, scenario } = sim;
  const teams = takedownTeams(scenario, officers);
  const chosen = [...countries];
  const people = chosen.length === 0 ? [] : takedownCandidates(sim, chosen);
  const targets = (chosen.length === 0 ? [] : takedownTargets(sim, chosen, officers))
    .slice(0, shown)
    .map((p) => ({
      ...personLabel(net, p),
      syndicate: syndicateLabel(net, net.syndicateOf[p]),
      evidence: round1(sim.evidence[p]),
      chance: caseStrength(sim, p),
    }));
  return { teams, candidates: people.length, targets, admissible: isAdmissible(sim) };
}
