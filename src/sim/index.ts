export { cloneSim } from './cloneSim';
export type { Command } from './commands';
export { commandSchema } from './commands';
export { createSim } from './createSim';
export { applyCommands, step } from './engine';
export type { SimEvent } from './events';
export { fieldOfIssue, formatProblem } from './fileProblems';
export { type HandsetCurve, type HandsetCurveRun, handsetCurve, handsetCurveRun } from './handsetCurve';
export {
  type CaseFile,
  type CaseMember,
  caseFile,
  type HandsetStatus,
  type KnownHoldings,
} from './intercepts/caseFile';
export {
  type EvidenceTag,
  type FeedMessage,
  isRightTag,
  MESSAGE_CATEGORIES,
  type MessageCategory,
  TAG_VERDICTS,
  type TagVerdict,
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
export { isPolicyName, POLICIES, type PolicyName } from './policies/policies';
export type { Policy } from './policies/policy';
export { countReached, type RunReport, reportRun } from './report';
export {
  cleanNickname,
  type DecodedResult,
  decodeResult,
  encodeResultCode,
  encodeResultFile,
  type ImportedResult,
  makeResult,
  NICKNAME_MAX,
  RESULT_FORMAT,
  RESULT_KIND,
  RESULT_TEXT_MAX,
  type ResultFigures,
  type ResultProblem,
  type RunResult,
  resultFileName,
} from './resultFile';
export { LEAK_FORECAST_DAYS, leakForecast, leakHazardToday } from './risk/leakForecast';
export { type CommandLog, playUntil, replay, runPolicy } from './runPolicy';
export { BUILT_IN_SCENARIOS } from './scenario/builtInScenarios';
export { type ParseResult, parseScenario, parseScenarioText } from './scenario/parseScenario';
export { CURRENT_SCENARIO_VERSION, type Scenario } from './scenario/schema';
export { type ArrestPoints, arrestPoints } from './scoring/arrestPoints';
export { type ScoreBreakdown, scoreBreakdown } from './scoring/breakdown';
export type { ArticleComparison } from './scoring/compareWithArticle';
export * as explanations from './scoring/explanations';
export { compareKeyPlayers, type KeyPlayerComparison } from './scoring/keyPlayer/compareKeyPlayers';
export { round1 } from './scoring/round1';
export { SCORE_PARTS, type Score, type ScorePart } from './scoring/score';
export { SCORE_WEIGHTS } from './scoring/weights';
export { isValidSeed, MAX_SEED } from './seed';
export { seedCandidates } from './spread/seedCandidates';
export { isActive, isOver, type SimState } from './state';
export { stateHash } from './stateHash';
export { rankTargets } from './takedown/arrest';
export { caseStrength, convictionChance, courtChance } from './takedown/convictionChance';
export { isArrestable, takedownCandidates, takedownTargets, takedownTeams } from './takedown/targets';
export { type EventFacts, type MessageFacts, messageFacts, type PersonFacts } from './text/messageFacts';
export { type RenderedMessage, renderMessage } from './text/renderMessage';
export {
  type FormatHistory,
  type Migrated,
  type Migration,
  type MigrationProblem,
  migrate,
} from './versioned';
export { computeWhatIfs, type WhatIf, type WhatIfId } from './whatIf/whatIfs';
export { z } from './zod';
