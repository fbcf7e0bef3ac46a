import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, createSim, SCORE_PARTS, scoreBreakdown, WHAT_IF_IDS } from '../../src/sim';
import {
  COMPARISON_LABELS,
  FIGURE_EXPLANATIONS,
  SCORE_EXPLANATIONS,
  WHAT_IF_EXPLANATIONS,
  WHAT_IF_NOTES,
} from '../../src/view/strings/explanations';

/** One sentence: a capital first, a full stop last, no sentence break in between, not too long. */
function expectOneShortSentence(text: string) {
  expect(text, text).toMatch(/^[A-Z][^.!?]*\.$/);
  expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(30);
}

describe('explanations a 14-year-old can read', () => {
  it('the total and every part of the score have one sentence', () => {
    expect(Object.keys(SCORE_EXPLANATIONS).sort()).toEqual(['total', ...SCORE_PARTS].sort());
    for (const text of Object.values(SCORE_EXPLANATIONS)) expectOneShortSentence(text);
  });

  it('every figure, what-if and note has one sentence', () => {
    expect(Object.keys(WHAT_IF_EXPLANATIONS).sort()).toEqual([...WHAT_IF_IDS].sort());
    for (const text of [
      ...Object.values(FIGURE_EXPLANATIONS),
      ...Object.values(WHAT_IF_EXPLANATIONS),
      ...Object.values(WHAT_IF_NOTES),
    ])
      expectOneShortSentence(text);
  });

  it('every comparison with the article has a label', () => {
    const rows = scoreBreakdown(createSim(BUILT_IN_SCENARIOS.workshop, 1)).vsArticle;
    expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(COMPARISON_LABELS).sort());
  });
});
