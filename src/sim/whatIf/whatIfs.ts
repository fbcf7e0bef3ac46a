import { stateHash } from '../engine/stateHash';
import { isAdmissibleOn } from '../law/authorisation';
import type { SimState, ThreatResponse } from '../model/state';
import { handOutHandsets } from '../policies/policyParts';
import { readLikeACarefulPlayer } from '../policies/reading';
import type { CommandLog } from '../policies/runPolicy';
import type { Scenario } from '../scenario/schema';
import { type ScoreBreakdown, scoreBreakdown } from '../scoring/breakdown';
import { filterLog, moveTakedown, type TakedownCommand, usualResponse } from './editLog';
import { answerDueThreats, replayWhatIf } from './replayWhatIf';
import { compareSameThreats, type SameThreats } from './sameThreats';

/** How far the takedown moves in the earlier and later what-ifs. */
export const WHAT_IF_SHIFT_DAYS = 60;

export const WHAT_IF_IDS = [
  'as-played',
  'takedown-earlier',
  'takedown-later',
  'every-threat-acted-on',
  'best-seeding',
  'diligent-reading',
] as const;
export type WhatIfId = (typeof WHAT_IF_IDS)[number];

/** Why a what-if differs from a plain replay; scoring/explanations.ts says each in words. */
export type WhatIfNote =
  | 'no-takedown'
  | 'already-last-day'
  | 'full-takedown-assumed'
  | 'clamped-to-first-day'
  | 'clamped-to-last-day'
  | 'after-authorisation'
  | 'usual-response-continues'
  | 'cover-story-on-deadline';

export interface WhatIf {
  readonly id: WhatIfId;
  /** False when the question makes no sense for this run (e.g. no takedown to delay). */
  readonly available: boolean;
  readonly notes: readonly WhatIfNote[];
  readonly requestedTakedownDay: number | null;
  readonly takedownDay: number | null;
  readonly breakdown: ScoreBreakdown | null;
  /** Lives lost over the threats this replay shares with the run as played. */
  readonly sameThreats: SameThreats | null;
  /** State hash at the end: equal inputs give equal hashes. */
  readonly hash: string | null;
}

interface Replayed {
  readonly state: SimState;
  readonly requested: number | null;
  readonly notes: WhatIfNote[];
}

function result(id: WhatIfId, base: SimState, run: Replayed | null, notes: WhatIfNote[] = []): WhatIf {
  if (!run)
    return {
      id,
      available: false,
      notes,
      requestedTakedownDay: null,
      takedownDay: null,
      breakdown: null,
      sameThreats: null,
      hash: null,
    };
  return {
    id,
    available: true,
    notes: run.notes,
    requestedTakedownDay: run.requested,
    takedownDay: run.state.takedown?.day ?? null,
    breakdown: scoreBreakdown(run.state),
    sameThreats: compareSameThreats(base, run.state),
    hash: stateHash(run.state),
  };
}

/**
 * The same seed and commands, replayed by the simulation with one thing changed:
 * the takedown 60 days earlier, 60 days later, every threat analysts read acted on
 * with a cover story, every handset handed to the best-advised contacts, or a careful
 * reader's reading and tagging added to the player's. Deterministic: the same inputs give
 * the same what-ifs.
 */
export function computeWhatIfs(scenario: Scenario, seed: number, log: CommandLog): WhatIf[] {
  const base = replayWhatIf(scenario, seed, log);
  const asPlayed: Replayed = { state: base, requested: base.takedown?.day ?? null, notes: [] };
  const lastDay = scenario.days.max - 1;
  const took = base.takedown;
  // The same orders on another day: where, how many officers, and whom the teams go for.
  const command: TakedownCommand = took
    ? {
        type: 'takedown',
        countries: [...took.countries],
        officers: took.officers,
        priority: took.priority,
        ...(took.people.length > 0 ? { people: [...took.people] } : {}),
        ...(took.syndicates.length > 0 ? { syndicates: [...took.syndicates] } : {}),
      }
    : { type: 'takedown', countries: [], officers: scenario.takedown.officers };
  const reference = took ? took.day : base.day;
  const shifted = (requested: number, extra: WhatIfNote[], answer: ThreatResponse | null): Replayed => {
    const day = Math.min(lastDay, Math.max(0, requested));
    const notes = [...extra];
    if (!took) notes.push('full-takedown-assumed');
    if (requested < 0) notes.push('clamped-to-first-day');
    if (requested > lastDay) notes.push('clamped-to-last-day');
    if (!isAdmissibleOn(scenario, day)) notes.push('after-authorisation');
    const replayLog = moveTakedown(log, day, command);
    const threats = answer ? answerDueThreats(reference + 1, answer) : null;
    return { state: replayWhatIf(scenario, seed, replayLog, threats), requested, notes };
  };

  const earlier = shifted(reference - WHAT_IF_SHIFT_DAYS, [], null);
  const usual = usualResponse(log);
  const laterDay = Math.min(lastDay, reference + WHAT_IF_SHIFT_DAYS);
  const later =
    took && laterDay > took.day
      ? shifted(reference + WHAT_IF_SHIFT_DAYS, usual ? ['usual-response-continues'] : [], usual)
      : null;
  const acting: Replayed = {
    state: replayWhatIf(
      scenario,
      seed,
      filterLog(log, (c) => c.type !== 'respondThreat' || c.response !== 'none'),
      answerDueThreats(0, 'covert'),
    ),
    requested: took?.day ?? null,
    notes: ['cover-story-on-deadline'],
  };
  const bestSeeding: Replayed = {
    state: replayWhatIf(
      scenario,
      seed,
      filterLog(log, (c) => c.type !== 'seed'),
      (state) => handOutHandsets(state, 'best'),
    ),
    requested: took?.day ?? null,
    notes: [],
  };
  const diligent: Replayed = {
    state: replayWhatIf(scenario, seed, log, readLikeACarefulPlayer),
    requested: took?.day ?? null,
    notes: [],
  };
  return [
    result('as-played', base, asPlayed),
    result('takedown-earlier', base, earlier),
    result('takedown-later', base, later, took ? ['already-last-day'] : ['no-takedown']),
    result('every-threat-acted-on', base, acting),
    result('best-seeding', base, bestSeeding),
    result('diligent-reading', base, diligent),
  ];
}
