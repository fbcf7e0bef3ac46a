import { describe, expect, it } from 'vitest';
import type { ResultProblem } from '../../src/store/resultFile';
import type { SaveProblem } from '../../src/store/savedGame';
import { resultProblemText, saveProblemText } from '../../src/view/ui/fileProblemText';

describe('why a result or a save cannot be opened, in words', () => {
  it('words every result problem in full, with no placeholder left unfilled', () => {
    const problems: ResultProblem[] = [
      { code: 'empty' },
      { code: 'too-long' },
      { code: 'not-json' },
      { code: 'not-a-code' },
      { code: 'damaged-code' },
      { code: 'not-a-result' },
      { code: 'unknown-format' },
      { code: 'newer-format', format: 7 },
      { code: 'invalid-field', field: 'seed' },
      { code: 'unknown-scenario' },
      { code: 'invalid-scenario', detail: 'scale: must be at most 1' },
      { code: 'day-after-end' },
      { code: 'commands-after-day', day: 12 },
      { code: 'replay-failed' },
      { code: 'unreadable' },
    ];
    const texts = problems.map(resultProblemText);
    for (const text of texts) expect(text).toMatch(/^[A-Z].*\.$/);
    for (const text of texts) expect(text).not.toMatch(/[{}]/);
    expect(new Set(texts).size).toBe(problems.length);
    expect(resultProblemText({ code: 'newer-format', format: 7 })).toMatch(
      /made by a newer version of Backchannel \(result format 7; this copy reads formats up to 1\)/,
    );
  });

  it('words every save problem in full, each naming the saved game', () => {
    const problems: SaveProblem[] = [
      { code: 'not-json' },
      { code: 'unknown-format' },
      { code: 'newer-format', format: 3 },
      { code: 'invalid-field', field: 'commands.4' },
      { code: 'invalid-scenario', detail: 'version: is missing or not a whole number' },
      { code: 'replay-failed' },
    ];
    for (const text of problems.map(saveProblemText)) {
      expect(text).toMatch(/saved/);
      expect(text).not.toMatch(/[{}]/);
    }
    expect(saveProblemText({ code: 'newer-format', format: 3 })).toMatch(/newer version of Backchannel/);
  });
});
