import { isAdmissible } from '../law/authorisation';
import { ROLE } from '../model/roles';
import type { SimState } from '../model/state';
import type { Scenario } from '../scenario/schema';
import { caseStrength } from './convictionChance';
import { keyPlayerTargets } from './keyPlayerTargets';
import { officersBrought } from './officers';
import type { TakedownOrders } from './orders';
import { partnerWarningChance } from './partnerWarning';
import type { TakedownPriority } from './priority';

/** Someone a team could go for: analysed evidence against them, not yet arrested. */
export function isArrestable(state: SimState, person: number): boolean {
  return state.evidence[person] > 0 && state.arrestedDay[person] < 0;
}

/**
 * Everyone the day of action could go for in `countries` (ISO codes; an empty list sets no
 * limit, as the built-in policies' "everywhere"). After the authorisation ends, nobody: no
 * intercepted evidence can be used.
 */
export function takedownCandidates(state: SimState, countries: readonly string[]): number[] {
  if (!isAdmissible(state)) return [];
  const { net } = state;
  const chosen = new Set(countries);
  const inScope = (p: number) => chosen.size === 0 || chosen.has(net.countries[net.countryOf[p]].iso2);
  const people: number[] = [];
  for (let p = 0; p < net.size; p++) if (isArrestable(state, p) && inScope(p)) people.push(p);
  return people;
}

/** Arrest teams `officers` make up: one team per arrest. */
export function takedownTeams(scenario: Scenario, officers: number): number {
  return Math.floor(officers / scenario.takedown.officersPerArrest);
}

const strongestCase = (state: SimState) => (a: number, b: number) =>
  caseStrength(state, b) - caseStrength(state, a) || a - b;

/** A named syndicate's people in the order teams go for them under `priority`. */
function syndicateOrder(state: SimState, priority: TakedownPriority) {
  const strongest = strongestCase(state);
  if (priority === 'evidence') return strongest;
  const rank = (p: number) => Math.min(state.net.role[p], ROLE.broker);
  return (a: number, b: number) => rank(a) - rank(b) || strongest(a, b);
}

/**
 * Whom `teams` teams go for among `candidates`, in order: the people the player named, then
 * the people of the syndicates they named, then the priority fills the teams left.
 * 'key-player' (also when no priority is given) goes for the people who hold syndicates
 * together, so that whole syndicates fall (keyPlayerTargets weighs that against role-weighted
 * convictions as the score does); 'evidence' goes for the strongest cases, role ignored.
 * Named people or syndicates without a candidate among `candidates` are passed over.
 */
export function chooseTargets(
  state: SimState,
  candidates: readonly number[],
  teams: number,
  orders: Pick<TakedownOrders, 'priority' | 'people' | 'syndicates'>,
): number[] {
  const priority = orders.priority ?? 'key-player';
  const open = new Set(candidates);
  const named: number[] = [];
  const take = (p: number) => {
    if (named.length < teams && open.delete(p)) named.push(p);
  };
  for (const p of orders.people ?? []) take(p);
  const bySyndicate = new Map((orders.syndicates ?? []).map((s) => [s, [] as number[]]));
  for (const p of candidates) bySyndicate.get(state.net.syndicateOf[p])?.push(p);
  const order = syndicateOrder(state, priority);
  for (const members of bySyndicate.values()) for (const p of members.sort(order)) take(p);
  const left = teams - named.length;
  if (left <= 0) return named;
  const rest = [...open];
  const filled =
    priority === 'evidence'
      ? rest.sort(strongestCase(state)).slice(0, left)
      : keyPlayerTargets(state, rest, left, named);
  return [...named, ...filled];
}

/** What a set of orders comes to on the day, before any team sets off. */
export interface PlannedTakedown {
  /** Officers the countries in the plan bring. */
  readonly officersBrought: number;
  /** Officers committed, in whole teams: those asked for, at most those brought. */
  readonly officers: number;
  readonly teams: number;
  /** People worth arresting in the plan's countries: evidence against them, not yet arrested. */
  readonly candidates: number;
  /** Whom the teams go for, in order, one each. */
  readonly targets: readonly number[];
  /** The chance someone warns the targets before the day (see partnerWarning.ts). */
  readonly warningChance: number;
}

/** The one reading of takedown orders, shared by the day of action and the planner. */
export function plannedTakedown(state: SimState, orders: TakedownOrders): PlannedTakedown {
  const brought = officersBrought(state, orders.countries);
  const teams = takedownTeams(state.scenario, Math.min(orders.officers, brought));
  const officers = teams * state.scenario.takedown.officersPerArrest;
  const candidates = takedownCandidates(state, orders.countries);
  return {
    officersBrought: brought,
    officers,
    teams,
    candidates: candidates.length,
    targets: chooseTargets(state, candidates, teams, orders),
    warningChance: partnerWarningChance(state, orders.countries),
  };
}
