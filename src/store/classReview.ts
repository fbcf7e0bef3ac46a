import { BUILT_IN_SCENARIOS, ownValue, type RunReport, reportRun, type SimState } from '../sim';
import { decodeResult, type ImportedResult, type ResultProblem } from './resultFile';

/**
 * A teacher's review of a class's results: many files and pasted codes in, one row per distinct
 * run out, and every input that was not counted listed with its source and the reason. Each input
 * is decoded and replayed by resultFile.ts (the figures are the replay's, never the file's word);
 * nothing here throws, is stored or is sent anywhere.
 */

/** More results than a class hands in; past it inputs are refused unread, so a review stays quick. */
export const REVIEW_MAX = 200;

export interface ReviewInput {
  /** What the teacher knows it by: the file's name, or "pasted code 3". */
  readonly source: string;
  /** The file's or code's text; null when a file was left unread because it is larger than any result. */
  readonly text: string | null;
}

export interface ReviewRow {
  /** The run itself (scenario, seed, commands, last day): two inputs with the same key are one run. */
  readonly key: string;
  readonly source: string;
  readonly nickname: string | null;
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly seed: number;
  readonly day: number;
  readonly takedownDay: number | null;
  readonly score: number;
  readonly arrests: number;
  readonly expectedConvictions: number | null;
  readonly seizures: RunReport['seizures'];
  readonly threats: RunReport['threatsToKill'];
  /** The day the handset was exposed (the operation leaked); null if it never was. */
  readonly leakDay: number | null;
  /** Handset holders who heard the "dump your phone" rumour after the leak: who learned of the operation. */
  readonly holdersWarned: number;
  /** The file's recorded figures agree with the replay's. */
  readonly matches: boolean;
}

export type ReviewProblem =
  | { readonly kind: 'invalid'; readonly source: string; readonly problem: ResultProblem }
  | { readonly kind: 'duplicate'; readonly source: string; readonly sameAs: string }
  | { readonly kind: 'oversized'; readonly source: string }
  /** Inputs refused unread because the review was full; consecutive ones are reported together. */
  | { readonly kind: 'full'; readonly source: string; readonly more: number };

export interface ClassReview {
  readonly rows: readonly ReviewRow[];
  readonly problems: readonly ReviewProblem[];
}

export const EMPTY_REVIEW: ClassReview = { rows: [], problems: [] };

export const isFull = (review: ClassReview) => review.rows.length >= REVIEW_MAX;

function runKey(result: ImportedResult): string {
  const { scenario } = result;
  const scenarioRef = ownValue(BUILT_IN_SCENARIOS, scenario.id) === scenario ? scenario.id : scenario;
  return JSON.stringify([scenarioRef, result.seed, result.day, result.commands]);
}

function holdersWarned(sim: SimState): number {
  let warned = 0;
  for (let i = 0; i < sim.holderCount; i++) if (sim.rumourDay[sim.holders[i]] >= 0) warned++;
  return warned;
}

function reviewRow(source: string, result: ImportedResult): ReviewRow {
  const report = reportRun(result.sim, 'player');
  return {
    key: runKey(result),
    source,
    nickname: result.nickname,
    scenarioId: result.scenario.id,
    scenarioName: result.scenario.name,
    seed: result.seed,
    day: result.day,
    takedownDay: report.takedownDay,
    score: report.score.total,
    arrests: report.arrests,
    expectedConvictions: report.expectedConvictions,
    seizures: report.seizures,
    threats: report.threatsToKill,
    leakDay: report.leakDay,
    holdersWarned: holdersWarned(result.sim),
    matches: result.matches,
  };
}

function withProblem(review: ClassReview, problem: ReviewProblem): ClassReview {
  const last = review.problems.at(-1);
  if (problem.kind === 'full' && last?.kind === 'full')
    return { ...review, problems: [...review.problems.slice(0, -1), { ...last, more: last.more + 1 }] };
  return { ...review, problems: [...review.problems, problem] };
}

/** The review with one more input: a new row, or a problem naming the input and why it was not counted. */
export function addToReview(review: ClassReview, input: ReviewInput): ClassReview {
  const { source, text } = input;
  if (isFull(review)) return withProblem(review, { kind: 'full', source, more: 0 });
  if (text === null) return withProblem(review, { kind: 'oversized', source });
  const decoded = decodeResult(text);
  if (!decoded.ok) return withProblem(review, { kind: 'invalid', source, problem: decoded.problem });
  const key = runKey(decoded.result);
  const same = review.rows.find((row) => row.key === key);
  if (same !== undefined) return withProblem(review, { kind: 'duplicate', source, sameAs: same.source });
  return { ...review, rows: [...review.rows, reviewRow(source, decoded.result)] };
}

export function addAllToReview(review: ClassReview, inputs: readonly ReviewInput[]): ClassReview {
  return inputs.reduce(addToReview, review);
}

export function removeFromReview(review: ClassReview, key: string): ClassReview {
  return { ...review, rows: review.rows.filter((row) => row.key !== key) };
}

/**
 * Pasted text as inputs: one result file's JSON pasted whole, otherwise one code per non-empty
 * line. `label(n)` names the n-th (from 1), e.g. "pasted code 3".
 */
export function pastedInputs(text: string, label: (n: number) => string): ReviewInput[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const pieces = trimmed.startsWith('{')
    ? [trimmed]
    : trimmed
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
  return pieces.map((piece, i) => ({ source: label(i + 1), text: piece }));
}

export type ReviewOrder = 'added' | 'takedown' | 'score';

/**
 * The rows in the chosen order: as added, by takedown day (runs without one last) or by score
 * (highest first). Ties keep the order the results were added in.
 */
export function orderedRows(rows: readonly ReviewRow[], order: ReviewOrder): ReviewRow[] {
  const sorted = [...rows];
  if (order === 'takedown')
    sorted.sort(
      (a, b) => (a.takedownDay ?? Number.POSITIVE_INFINITY) - (b.takedownDay ?? Number.POSITIVE_INFINITY),
    );
  else if (order === 'score') sorted.sort((a, b) => b.score - a.score);
  return sorted;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface ReviewSummary {
  readonly results: number;
  readonly tookDown: number;
  /** Median over the runs that took down; null when none did. */
  readonly medianTakedownDay: number | null;
  readonly medianScore: number | null;
  readonly exposed: number;
  readonly livesLost: number;
  readonly scenarios: number;
}

export function reviewSummary(rows: readonly ReviewRow[]): ReviewSummary {
  const takedownDays = rows.flatMap((row) => (row.takedownDay === null ? [] : [row.takedownDay]));
  return {
    results: rows.length,
    tookDown: takedownDays.length,
    medianTakedownDay: median(takedownDays),
    medianScore: median(rows.map((row) => row.score)),
    exposed: rows.filter((row) => row.leakDay !== null).length,
    livesLost: rows.reduce((sum, row) => sum + row.threats.livesLost, 0),
    scenarios: new Set(rows.map((row) => row.scenarioId)).size,
  };
}
