export { usableTalkShare } from './activity/activityDay';
export { analystCoverage } from './activity/analystCoverage';
export type { Command } from './commands/commands';
export { commandSchema } from './commands/commands';
export { REJECTION_CODES, type Rejection } from './commands/rejection';
export { COUNTRIES } from './data/countries';
export { languageOf } from './data/languages';
export { cloneSim } from './engine/cloneSim';
export { createSim } from './engine/createSim';
export { applyCommands, step } from './engine/engine';
export { stateHash } from './engine/stateHash';
export { fieldOfIssue, formatProblem } from './files/fileProblems';
export { isRecord, ownValue } from './files/json';
export {
  cleanNickname,
  decodeResult,
  encodeResultCode,
  encodeResultFile,
  type ImportedResult,
  makeResult,
  NICKNAME_MAX,
  RESULT_FORMAT,
  RESULT_KIND,
  RESULT_TEXT_MAX,
  type ResultProblem,
  type RunResult,
  resultFileName,
} from './files/resultFile';
export {
  type FormatHistory,
  type Migration,
  migrate,
} from './files/versioned';
export { z } from './files/zod';
export {
  type CaseFile,
  type CaseMember,
  caseFile,
  type HandsetStatus,
  type ReadingProof,
} from './intercepts/caseFile';
export {
  type FeedMessage,
  isRightTag,
  MESSAGE_CATEGORIES,
  type MessageCategory,
} from './intercepts/feed';
export { soundEvidence, wrongfulArrests } from './intercepts/readAndTag';
export { READ_HOURS, readingHoursCap, readsLeft } from './intercepts/readingHours';
export { RUMOUR_WEEK_DAYS, rumoursRead } from './intercepts/rumours';
export {
  authorisationDaysLeft,
  isAdmissible,
  isAdmissibleOn,
  lastAdmissibleDay,
} from './law/authorisation';
export type { SimEvent } from './model/events';
export { ROLE, ROLES, type Role } from './model/roles';
export { isActive, isOver, type SimState, type ThreatOutcome, type ThreatResponse } from './model/state';
export { isTurnStop } from './model/turnStops';
export type { Network } from './network/network';
export { personName } from './network/personNames';
export { type SyndicateLabel, syndicateLabel } from './network/syndicateLabel';
export { closedSyndicatesOpenedBy, trustedBridgesInto } from './network/trustedBridges';
export {
  type HandsetCurve,
  type HandsetCurveRun,
  handsetCurve,
  handsetCurveRun,
} from './policies/handsetCurve';
export { isPolicyName, POLICIES, POLICY_NAMES, type PolicyName } from './policies/policies';
export {
  type Policy,
  type PolicyOptions,
  READING_CHOICES,
  type ReadingChoice,
  SEEDING_CHOICES,
  type SeedingChoice,
} from './policies/policy';
export { type CommandLog, playUntil, replay, runPolicy } from './policies/runPolicy';
export { createRng, mixSeed, nextFloat } from './random/rng';
export { isValidSeed, MAX_SEED } from './random/seed';
export { LEAK_FORECAST_DAYS, leakForecast, leakHazardToday } from './risk/leakForecast';
export { BUILT_IN_SCENARIOS } from './scenario/builtInScenarios';
export { changesStillApply } from './scenario/migrations';
export { parseScenario, parseScenarioText } from './scenario/parseScenario';
export {
  CURRENT_SCENARIO_VERSION,
  PLAY_MODES,
  type PlayMode,
  type Scenario,
  scenarioSchema,
} from './scenario/schema';
export { ARTICLE, type FigureSource, PUBLIC_RECORD } from './scoring/article';
export { type ScoreBreakdown, scoreBreakdown } from './scoring/breakdown';
export type { ArticleComparison } from './scoring/compareWithArticle';
export { compareKeyPlayers, type KeyPlayerComparison } from './scoring/keyPlayer/compareKeyPlayers';
export { countReached, type RunReport, reportRun } from './scoring/report';
export { round1 } from './scoring/round1';
export { SCORE_PARTS, type ScorePart } from './scoring/score';
export { SCORE_WEIGHTS } from './scoring/weights';
export { crossTies, rankSeedCandidates, seedCandidates } from './spread/seedCandidates';
export { caseStrength } from './takedown/convictionChance';
export { countryOfficers, officersBrought } from './takedown/officers';
export type { TakedownOrders } from './takedown/orders';
export { partnerWarningChance } from './takedown/partnerWarning';
export { TAKEDOWN_PRIORITIES, type TakedownPriority } from './takedown/priority';
export { isArrestable, plannedTakedown, takedownCandidates } from './takedown/targets';
export { isoDateOfDay } from './text/calendar';
export { type RenderedMessage, renderMessage } from './text/renderMessage';
export { takedownByDay } from './whatIf/takedownTiming';
export { computeWhatIfs, WHAT_IF_IDS, type WhatIf, type WhatIfId, type WhatIfNote } from './whatIf/whatIfs';
