import {
  caseStrength,
  countryOfficers,
  isAdmissible,
  isArrestable,
  plannedTakedown,
  ROLE,
  round1,
  type SimState,
  type TakedownOrders,
  type TakedownPriority,
} from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

export interface TakedownCountry {
  readonly iso: string;
  /** Syndicates a handset has reached there. */
  readonly syndicates: readonly SyndicateLabel[];
  /** People there with analysed evidence against them, not yet arrested. */
  readonly withEvidence: number;
  /** Officers the country brings to the day of action. */
  readonly officers: number;
}

export interface TakedownTarget extends PersonLabel {
  readonly syndicate: SyndicateLabel;
  readonly evidence: number;
  /** Evidence strength: the chance a charge sticks, 0–1. */
  readonly chance: number;
}

/** What the planning screen has chosen so far. */
export interface TakedownChoice {
  readonly countries: ReadonlySet<string>;
  /** Officers asked for; the chosen countries bring at most their share. */
  readonly officers: number;
  readonly priority: TakedownPriority;
  /** People and syndicates named to go for first, in the order they were marked. */
  readonly people: readonly number[];
  readonly syndicates: readonly number[];
}

export interface TakedownPlan {
  /** Officers the chosen countries bring. */
  readonly officersBrought: number;
  /** Officers committed, in whole teams: those asked for, at most those brought. */
  readonly officers: number;
  /** Arrest teams the officers make up (one arrest each). */
  readonly teams: number;
  /** People worth arresting in the chosen countries: evidence against them, not yet arrested. */
  readonly candidates: number;
  /** The chance someone in a partner country warns the targets before the day, 0–1. */
  readonly warningChance: number;
  /** The people the teams would go for, in order (at most `shown`). */
  readonly targets: readonly TakedownTarget[];
  /** False after the authorisation ended: no intercepted evidence can be used. */
  readonly admissible: boolean;
  /** The command that carries the plan out; null when nothing is chosen or no team can be made. */
  readonly orders: TakedownOrders | null;
}

/** Countries with at least one reached syndicate, those with most people under evidence first (then by ISO code). */
export function takedownCountries(sim: SimState): TakedownCountry[] {
  const { net } = sim;
  const withEvidence = new Int32Array(net.countries.length);
  for (let p = 0; p < net.size; p++) if (isArrestable(sim, p)) withEvidence[net.countryOf[p]]++;
  const syndicates = net.countries.map((): SyndicateLabel[] => []);
  for (let s = 0; s < net.syndicateCount; s++)
    if (sim.syndicateReachedDay[s] >= 0) syndicates[net.syndicateCountry[s]].push(syndicateLabel(net, s));
  const officers = countryOfficers(sim);
  return net.countries
    .map((c, i) => ({
      iso: c.iso2,
      syndicates: syndicates[i],
      withEvidence: withEvidence[i],
      officers: officers[i],
    }))
    .filter((c) => c.syndicates.length > 0)
    .sort((a, b) => b.withEvidence - a.withEvidence || a.iso.localeCompare(b.iso));
}

/** The orders a choice comes to: the named people and syndicates only where they can still be gone for. */
function ordersOf(sim: SimState, choice: TakedownChoice): TakedownOrders {
  const { net } = sim;
  const open = (p: number) =>
    isArrestable(sim, p) && choice.countries.has(net.countries[net.countryOf[p]].iso2);
  const people = choice.people.filter(open);
  const withSomeone = new Set<number>();
  for (let p = 0; p < net.size; p++) if (open(p)) withSomeone.add(net.syndicateOf[p]);
  const syndicates = choice.syndicates.filter((s) => withSomeone.has(s));
  return {
    countries: [...choice.countries].sort(),
    officers: choice.officers,
    priority: choice.priority,
    ...(people.length > 0 ? { people } : {}),
    ...(syndicates.length > 0 ? { syndicates } : {}),
  };
}

/**
 * Who the day of action would go for with the choice so far, exactly as the takedown chooses
 * them. Nothing chosen is no plan: the screen keeps the launch disabled then (a takedown
 * command's empty list would mean every country).
 */
export function takedownPlan(sim: SimState, choice: TakedownChoice, shown: number): TakedownPlan {
  const { net } = sim;
  const orders = ordersOf(sim, choice);
  const admissible = isAdmissible(sim);
  if (choice.countries.size === 0)
    return {
      officersBrought: 0,
      officers: 0,
      teams: 0,
      candidates: 0,
      warningChance: 0,
      targets: [],
      admissible,
      orders: null,
    };
  const plan = plannedTakedown(sim, orders);
  const targets = plan.targets.slice(0, shown).map((p) => ({
    ...personLabel(net, p),
    syndicate: syndicateLabel(net, net.syndicateOf[p]),
    evidence: round1(sim.evidence[p]),
    chance: caseStrength(sim, p),
  }));
  return {
    officersBrought: plan.officersBrought,
    officers: plan.officers,
    teams: plan.teams,
    candidates: plan.candidates,
    warningChance: plan.warningChance,
    targets,
    admissible,
    orders: plan.teams > 0 ? { ...orders, officers: plan.officers } : null,
  };
}

export interface NameableSyndicate {
  readonly syndicate: SyndicateLabel;
  /** Its people with evidence against them, not yet arrested. */
  readonly withEvidence: number;
}

/** Syndicates in the chosen countries with someone to go for, most people under evidence first. */
export function nameableSyndicates(sim: SimState, countries: ReadonlySet<string>): NameableSyndicate[] {
  const { net } = sim;
  const counts = new Int32Array(net.syndicateCount);
  for (let p = 0; p < net.size; p++)
    if (isArrestable(sim, p) && countries.has(net.countries[net.countryOf[p]].iso2))
      counts[net.syndicateOf[p]]++;
  const rows: NameableSyndicate[] = [];
  for (let s = 0; s < net.syndicateCount; s++)
    if (counts[s] > 0) rows.push({ syndicate: syndicateLabel(net, s), withEvidence: counts[s] });
  return rows.sort(
    (a, b) => b.withEvidence - a.withEvidence || a.syndicate.syndicate - b.syndicate.syndicate,
  );
}

/**
 * People worth naming in the chosen countries: the bosses and lieutenants with evidence against
 * them, and anyone the player tagged evidence against, strongest cases first (at most `shown`).
 */
export function nameablePeople(
  sim: SimState,
  countries: ReadonlySet<string>,
  shown: number,
): TakedownTarget[] {
  const { net } = sim;
  const tagged = new Set(sim.tags.map((tag) => tag.person));
  const people: number[] = [];
  for (let p = 0; p < net.size; p++) {
    if (!isArrestable(sim, p) || !countries.has(net.countries[net.countryOf[p]].iso2)) continue;
    if (net.role[p] <= ROLE.lieutenant || tagged.has(p)) people.push(p);
  }
  return people
    .map((p) => ({ p, chance: caseStrength(sim, p) }))
    .sort((a, b) => b.chance - a.chance || a.p - b.p)
    .slice(0, shown)
    .map(({ p, chance }) => ({
      ...personLabel(net, p),
      syndicate: syndicateLabel(net, net.syndicateOf[p]),
      evidence: round1(sim.evidence[p]),
      chance,
    }));
}
