import { countReached, type SimEvent, type SimState, type ThreatResponse } from '../sim';
import { LEAK_FORECAST_DAYS, leakForecast } from './selectors/risk';

/**
 * A key moment of a presented run, as data: the view words it (presenter/captionText.ts), so the
 * store stays free of strings and the captions are tested without a browser.
 */
export type Caption =
  | { readonly kind: 'first-handsets'; readonly count: number; readonly syndicates: number }
  | { readonly kind: 'handsets'; readonly count: number }
  | { readonly kind: 'syndicates'; readonly count: number }
  | { readonly kind: 'country'; readonly country: number }
  | { readonly kind: 'countries'; readonly count: number }
  | { readonly kind: 'rival-falls'; readonly label: string }
  | { readonly kind: 'threat'; readonly threat: number; readonly response: ThreatResponse | null }
  | { readonly kind: 'threat-killed'; readonly threat: number }
  | { readonly kind: 'raid'; readonly syndicate: number; readonly arrests: number }
  | { readonly kind: 'leak-risk'; readonly share: number; readonly days: number }
  | { readonly kind: 'leak' }
  | { readonly kind: 'authorisation-ended' }
  | { readonly kind: 'takedown'; readonly arrests: number };

/** How far the run had got, so a milestone is captioned on the day it is crossed and only then. */
export interface Progress {
  readonly handsets: number;
  readonly syndicates: number;
  readonly countries: number;
  /** The highest step of LEAK_RISK_STEPS captioned so far; -1 for none. */
  readonly leakRiskStep: number;
}

export const NO_PROGRESS: Progress = { handsets: 0, syndicates: 0, countries: 0, leakRiskStep: -1 };

/** Handsets handed out worth a caption: small enough for the workshop network, large enough for the world. */
export const HANDSET_MILESTONES = [100, 250, 500, 1_000, 2_500, 5_000, 10_000] as const;
export const SYNDICATE_MILESTONES = [10, 25, 50, 100, 200, 300] as const;
/** The first few countries are named one by one; after that only round numbers are worth a caption. */
export const COUNTRIES_NAMED = 5;
export const COUNTRY_MILESTONES = [10, 25, 50, 100] as const;
/** Chances of a leak within LEAK_FORECAST_DAYS that are worth a caption as the risk climbs. */
export const LEAK_RISK_STEPS = [0.1, 0.25, 0.5] as const;

/** The largest milestone in (before, after], if any. */
function crossed(milestones: readonly number[], before: number, after: number): number | null {
  let hit: number | null = null;
  for (const m of milestones) if (before < m && m <= after) hit = m;
  return hit;
}

function leakRiskStep(sim: SimState): number {
  if (sim.leakDay >= 0) return -1;
  const risk = leakForecast(sim, LEAK_FORECAST_DAYS);
  let step = -1;
  LEAK_RISK_STEPS.forEach((share, i) => {
    if (risk >= share) step = i;
  });
  return step;
}

function eventCaptions(sim: SimState, events: readonly SimEvent[], before: Progress): Caption[] {
  const captions: Caption[] = [];
  let countries = before.countries;
  for (const event of events) {
    switch (event.type) {
      case 'country-reached':
        countries++;
        if (countries <= COUNTRIES_NAMED) captions.push({ kind: 'country', country: event.country });
        break;
      case 'rival-platform-falls':
        captions.push({ kind: 'rival-falls', label: event.label });
        break;
      case 'threat-detected':
        captions.push({
          kind: 'threat',
          threat: event.threat,
          response: sim.threats[event.threat]?.response ?? null,
        });
        break;
      case 'threat-resolved':
        if (event.outcome === 'killed') captions.push({ kind: 'threat-killed', threat: event.threat });
        break;
      case 'raid':
        captions.push({ kind: 'raid', syndicate: event.syndicate, arrests: event.arrests });
        break;
      case 'leak':
        captions.push({ kind: 'leak' });
        break;
      case 'authorisation-ended':
        captions.push({ kind: 'authorisation-ended' });
        break;
      case 'takedown':
        captions.push({ kind: 'takedown', arrests: event.arrests });
        break;
      default:
        break;
    }
  }
  return captions;
}

/**
 * The captions for one presented day: what its events say (after the day's answers were given,
 * so a threat's caption says how it was answered) and the milestones crossed since `before`.
 * Pure: the same day gives the same captions.
 */
export function captionsForDay(
  sim: SimState,
  events: readonly SimEvent[],
  before: Progress,
): { captions: Caption[]; progress: Progress } {
  const progress: Progress = {
    handsets: sim.holderCount,
    syndicates: countReached(sim.syndicateReachedDay),
    countries: countReached(sim.countryReachedDay),
    leakRiskStep: Math.max(before.leakRiskStep, leakRiskStep(sim)),
  };
  const captions: Caption[] = [];
  if (before.handsets === 0 && progress.handsets > 0)
    captions.push({ kind: 'first-handsets', count: progress.handsets, syndicates: progress.syndicates });
  else {
    const handsets = crossed(HANDSET_MILESTONES, before.handsets, progress.handsets);
    if (handsets !== null) captions.push({ kind: 'handsets', count: handsets });
    const syndicates = crossed(SYNDICATE_MILESTONES, before.syndicates, progress.syndicates);
    if (syndicates !== null) captions.push({ kind: 'syndicates', count: syndicates });
  }
  captions.push(...eventCaptions(sim, events, before));
  const countries = crossed(
    COUNTRY_MILESTONES,
    Math.max(before.countries, COUNTRIES_NAMED),
    progress.countries,
  );
  if (countries !== null) captions.push({ kind: 'countries', count: countries });
  if (progress.leakRiskStep > before.leakRiskStep)
    captions.push({
      kind: 'leak-risk',
      share: LEAK_RISK_STEPS[progress.leakRiskStep],
      days: LEAK_FORECAST_DAYS,
    });
  return { captions, progress };
}
