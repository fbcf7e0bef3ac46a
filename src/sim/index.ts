export { analystCoverage } from './activity/analystCoverage';
export { cloneSim } from './cloneSim';
export type { Command } from './commands';
export { commandSchema } from './commands';
export { createSim } from './createSim';
export { COUNTRIES } from './data/countries';
export { languageLabel } from './data/languages';
export { applyCommands, step } from './engine';
export type { SimEvent } from './events';
export { fieldOfIssue, formatProblem } from './fileProblems';
export { type HandsetCurve, type HandsetCurveRun, handsetCurve, handsetCurveRun } from './handsetCurve';
export {
  type CaseFile,
  type CaseMember,
  caseFile,
  type HandsetStatus,
} from './intercepts/caseFile';
export {
  type FeedMessage,
  isRightTag,
  MESSAGE_CATEGORIES,
  type MessageCategory,
} from './intercepts/feed';
export { soundEvidence, wrongfulArrests } from './intercepts/readAndTag';
export { isRecord, ownValue } from './json';
export {
  authorisationDaysLeft,
  isAdmissible,
  isAdmissibleOn,
  lastAdmissibleDay,
} from './law/authorisation';
export type { Network } from './network/network';
export { personName } from './network/personNames';
export { type SyndicateLabel, syndicateLabel } from './network/syndicateLabel';
export { isPolicyName, POLICIES, POLICY_NAMES, type PolicyName } from './policies/policies';
export type { Policy } from './policies/policy';
export { REJECTION_CODES, type Rejection } from './rejection';
export { countReached, type RunReport, reportRun } from './report';
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
} from './resultFile';
export { LEAK_FORECAST_DAYS, leakForecast, leakHazardToday } from './risk/leakForecast';
export { createRng, mixSeed, nextFloat } from './rng';
export { ROLE, ROLES, type Role } from './roles';
export { type CommandLog, playUntil, replay, runPolicy } from './runPolicy';
export { BUILT_IN_SCENARIOS } from './scenario/builtInScenarios';
export { parseScenario, parseScenarioText } from './scenario/parseScenario';
export { CURRENT_SCENARIO_VERSION, type Scenario, scenarioSchema } from './scenario/schema';
export { ARTICLE, ARTICLE_SOURCE, PUBLIC_RECORD, PUBLIC_RECORD_SOURCE } from './scoring/article';
export { type ScoreBreakdown, scoreBreakdown } from './scoring/breakdown';
export type { ArticleComparison } from './scoring/compareWithArticle';
export { compareKeyPlayers, type KeyPlayerComparison } from './scoring/keyPlayer/compareKeyPlayers';
export { round1 } from './scoring/round1';
export { SCORE_PARTS, type ScorePart } from './scoring/score';
export { SCORE_WEIGHTS } from './scoring/weights';
export { isValidSeed, MAX_SEED } from './seed';
export { crossTies, seedCandidates } from './spread/seedCandidates';
export { isActive, isOver, type SimState, type ThreatOutcome, type ThreatResponse } from './state';
export { stateHash } from './stateHash';
export { caseStrength } from './takedown/convictionChance';
export { isArrestable, takedownCandidates, takedownTargets, takedownTeams } from './takedown/targets';
export { isoDateOfDay } from './text/calendar';
export { type RenderedMessage, renderMessage } from './text/renderMessage';
export {
  type FormatHistory,
  type Migration,
  migrate,
} from './versioned';
export { computeWhatIfs, WHAT_IF_IDS, type WhatIf, type WhatIfId, type WhatIfNote } from './whatIf/whatIfs';
export { z } from './zod';
