import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, POLICIES, reportRun, runPolicy } from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import {
  addAllToReview,
  addToReview,
  EMPTY_REVIEW,
  isFull,
  median,
  orderedRows,
  pastedInputs,
  REVIEW_MAX,
  type ReviewInput,
  removeFromReview,
  reviewSummary,
} from '../../src/store/classReview';
import {
  encodeResultCode,
  encodeResultFile,
  makeResult,
  RESULT_TEXT_MAX,
  type ResultProblem,
  type RunResult,
} from '../../src/store/resultFile';
import { memoryStorage } from './memoryStorage';

const workshop = BUILT_IN_SCENARIOS.workshop;

function played(seed: number, takedownDay: number, nickname: string): RunResult {
  const run = runPolicy(workshop, seed, POLICIES.historical({ takedownDay }));
  return makeResult(workshop, seed, run.commands, run.state, nickname);
}

const ana = played(21, 250, 'Ana');
const bo = played(22, 400, 'Bo');
const cy = played(23, 150, '');
const three: ReviewInput[] = [
  { source: 'results/ana.json', text: encodeResultFile(ana) },
  { source: 'results/bo.json', text: encodeResultFile(bo) },
  { source: 'pasted code 1', text: encodeResultCode(cy) },
];

describe('class review (workshop, historical policy, seeds 21–23)', () => {
  const review = addAllToReview(EMPTY_REVIEW, three);

  it('makes one row per result, in the order added, with the replay’s figures', () => {
    expect(review.problems).toEqual([]);
    expect(review.rows.map((r) => r.source)).toEqual([
      'results/ana.json',
      'results/bo.json',
      'pasted code 1',
    ]);
    expect(review.rows.map((r) => r.nickname)).toEqual(['Ana', 'Bo', null]);
    expect(review.rows.map((r) => r.takedownDay)).toEqual([250, 400, 150]);
    const [first] = review.rows;
    expect(first.scenarioId).toBe('workshop');
    expect(first.scenarioName).toBe(workshop.name);
    expect(first.score).toBe(ana.score.total);
    expect(first.arrests).toBe(ana.figures.arrests);
    expect(first.expectedConvictions).toBe(ana.figures.expectedConvictions);
    expect(first.seizures).toEqual(ana.figures.seizures);
    expect(first.threats).toEqual(ana.figures.threatsToKill);
    expect(first.leakDay).toBe(ana.figures.leakDay);
    expect(first.matches).toBe(true);
  });

  it('counts a run once, however it arrives, and says which input it repeats', () => {
    const again = addAllToReview(review, [
      { source: 'pasted code 2', text: encodeResultCode(ana) },
      { source: 'copy of bo.json', text: encodeResultFile({ ...bo, nickname: 'Someone else' }) },
    ]);
    expect(again.rows).toHaveLength(3);
    expect(again.problems).toEqual([
      { kind: 'duplicate', source: 'pasted code 2', sameAs: 'results/ana.json' },
      { kind: 'duplicate', source: 'copy of bo.json', sameAs: 'results/bo.json' },
    ]);
  });

  it('keeps a run of the same seed to another day as a different result', () => {
    const later = played(21, 300, 'Ana');
    const more = addToReview(review, { source: 'ana-later.json', text: encodeResultFile(later) });
    expect(more.rows).toHaveLength(4);
    expect(more.problems).toEqual([]);
  });

  it('reports each input it cannot count with its source and the problem’s code, and never throws', () => {
    const file = JSON.parse(encodeResultFile(ana));
    const bad: [string, string | null, ResultProblem][] = [
      ['broken.json', '{"format": 1, "kind": ', { code: 'not-json' }],
      ['notes.json', JSON.stringify({ ...file, kind: 'shopping-list' }), { code: 'not-a-result' }],
      ['future.json', JSON.stringify({ ...file, format: 2 }), { code: 'newer-format', format: 2 }],
      ['pasted code 4', 'hello there', { code: 'not-a-code' }],
      ['empty.json', '   ', { code: 'empty' }],
      ['huge.json', `{${' '.repeat(RESULT_TEXT_MAX)}}`, { code: 'too-long' }],
      ['array.json', '[1, 2, 3]', { code: 'not-a-code' }],
      ['null.json', 'null', { code: 'not-a-code' }],
      ['nested.json', '{"format": {"format": {}}}', { code: 'not-a-result' }],
    ];
    let after = review;
    for (const [source, text, problem] of bad) {
      after = addToReview(after, { source, text });
      expect(after.problems.at(-1)).toEqual({ kind: 'invalid', source, problem });
    }
    after = addToReview(after, { source: 'giant.json', text: null });
    expect(after.problems.at(-1)).toEqual({ kind: 'oversized', source: 'giant.json' });
    expect(after.rows).toEqual(review.rows);
  });

  it('lists a result naming an inherited name ("constructor", "__proto__", …) as a scenario it does not have', () => {
    const file = JSON.parse(encodeResultFile(ana));
    let after = review;
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      after = addToReview(after, {
        source: `${name}.json`,
        text: JSON.stringify({ ...file, scenario: name }),
      });
      expect(after.problems.at(-1)).toEqual({
        kind: 'invalid',
        source: `${name}.json`,
        problem: { code: 'unknown-scenario' },
      });
    }
    expect(after.rows).toEqual(review.rows);
  });

  it('flags, but counts with the replay’s figures, a result whose recorded figures are wrong', () => {
    const forged = { ...cy, score: { ...cy.score, total: 99_999 } };
    const one = addToReview(EMPTY_REVIEW, { source: 'forged.json', text: encodeResultFile(forged) });
    expect(one.rows[0].matches).toBe(false);
    expect(one.rows[0].score).toBe(cy.score.total);
  });

  it('refuses inputs unread once full, reporting the refused ones together', () => {
    const full = {
      ...review,
      rows: Array.from({ length: REVIEW_MAX }, (_, i) => ({ ...review.rows[0], key: `${i}` })),
    };
    expect(isFull(full)).toBe(true);
    const after = addAllToReview(full, [
      { source: 'late-1.json', text: encodeResultFile(bo) },
      { source: 'late-2.json', text: 'anything' },
      { source: 'late-3.json', text: null },
    ]);
    expect(after.rows).toHaveLength(REVIEW_MAX);
    expect(after.problems).toEqual([{ kind: 'full', source: 'late-1.json', more: 2 }]);
  });

  it('removes one run by its key, and then takes it again', () => {
    const fewer = removeFromReview(review, review.rows[1].key);
    expect(fewer.rows.map((r) => r.nickname)).toEqual(['Ana', null]);
    const back = addToReview(fewer, three[1]);
    expect(back.rows.map((r) => r.nickname)).toEqual(['Ana', null, 'Bo']);
  });

  it('orders rows by takedown day or score, keeping the added order among ties', () => {
    expect(orderedRows(review.rows, 'added').map((r) => r.takedownDay)).toEqual([250, 400, 150]);
    expect(orderedRows(review.rows, 'takedown').map((r) => r.takedownDay)).toEqual([150, 250, 400]);
    const scores = orderedRows(review.rows, 'score').map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const tied = [
      { ...review.rows[0], key: 'a', score: 5, takedownDay: null },
      { ...review.rows[1], key: 'b', score: 7, takedownDay: 10 },
      { ...review.rows[2], key: 'c', score: 5, takedownDay: null },
    ];
    expect(orderedRows(tied, 'score').map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(orderedRows(tied, 'takedown').map((r) => r.key)).toEqual(['b', 'a', 'c']);
  });

  it('sums the class up: medians over the runs, takedown medians over those that took down', () => {
    const summary = reviewSummary(review.rows);
    expect(summary.results).toBe(3);
    expect(summary.tookDown).toBe(3);
    expect(summary.medianTakedownDay).toBe(250);
    expect(summary.medianScore).toBe(median([ana.score.total, bo.score.total, cy.score.total]));
    expect(summary.scenarios).toBe(1);
    expect(reviewSummary([])).toMatchObject({ results: 0, medianTakedownDay: null, medianScore: null });
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('records who learned of the operation: none without a leak, the warned holders after one', () => {
    // Seed 6 of the workshop leaks on day 963 when nobody steps in (the policy then takes down).
    const run = runPolicy(workshop, 6, POLICIES['never-intervene']({}));
    const report = reportRun(run.state, 'player');
    expect(report.leakDay).toBe(963);
    const leaked = addToReview(EMPTY_REVIEW, {
      source: 'x.json',
      text: encodeResultFile(makeResult(workshop, 6, run.commands, run.state)),
    }).rows[0];
    expect(leaked.leakDay).toBe(963);
    expect(leaked.holdersWarned).toBeGreaterThan(0);
    expect(leaked.holdersWarned).toBeLessThanOrEqual(report.handsets);
    for (const row of review.rows) expect(row.holdersWarned === 0).toBe(row.leakDay === null);
    expect(review.rows.some((r) => r.leakDay === null)).toBe(true);
  });
});

describe('pasted codes', () => {
  const label = (n: number) => `pasted code ${n}`;

  it('takes one code per line, skipping blank lines', () => {
    expect(pastedInputs(' abc \n\n  def\r\nghi  \n', label)).toEqual([
      { source: 'pasted code 1', text: 'abc' },
      { source: 'pasted code 2', text: 'def' },
      { source: 'pasted code 3', text: 'ghi' },
    ]);
  });

  it('takes a pasted result file whole, and nothing from blank text', () => {
    const file = encodeResultFile(ana);
    expect(pastedInputs(file, label)).toEqual([{ source: 'pasted code 1', text: file.trim() }]);
    expect(pastedInputs('  \n ', label)).toEqual([]);
  });
});

describe('the class review in the store', () => {
  it('stays while the teacher visits other pages, and is never written to storage', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    const review = addAllToReview(EMPTY_REVIEW, three);
    store.getState().openTeacherPage('review');
    store.getState().setClassReview(review, 1);
    store.getState().backToTitle();
    store.getState().openTeacherPage('guide');
    store.getState().openTeacherPage('review');
    expect(store.getState().classReview).toBe(review);
    expect(store.getState().pastedCodes).toBe(1);
    expect([...storage.items.keys()].some((key) => key.includes('review'))).toBe(false);
  });
});
