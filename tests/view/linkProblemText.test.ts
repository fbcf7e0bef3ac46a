import { describe, expect, it } from 'vitest';
import type { LinkProblem } from '../../src/store/scenarioLink';
import { linkProblemText } from '../../src/view/ui/linkProblemText';

describe('why a share link cannot be played, in words', () => {
  it('words every link problem in full, with its values and no placeholder left unfilled', () => {
    const cases: [LinkProblem, string][] = [
      [{ code: 'empty' }, 'the link holds no scenario'],
      [{ code: 'too-long' }, 'the link is too long to be a scenario'],
      [{ code: 'unexpected-characters' }, 'the link is damaged (unexpected characters)'],
      [{ code: 'does-not-unpack' }, 'the link is damaged (it does not unpack)'],
      [{ code: 'not-json' }, 'the link is damaged (its scenario is not valid JSON)'],
      [
        { code: 'invalid-scenario', detail: 'network.people: must be at most 40000' },
        'the linked scenario is not valid: network.people: must be at most 40000',
      ],
      [
        { code: 'not-buildable', problem: { code: 'unknown-base', base: 'nowhere' } },
        'the linked scenario cannot be built: it starts from an unknown scenario (nowhere)',
      ],
      [
        { code: 'not-buildable', problem: { code: 'newer-version', version: 7, current: 3 } },
        'the linked scenario cannot be built: it was made for a newer Backchannel (version 7); this copy reads version 3',
      ],
      [
        { code: 'not-buildable', problem: { code: 'other-version', version: 'two' } },
        'the linked scenario cannot be built: it was made for another version of Backchannel (two); ask for a new link or the scenario file',
      ],
      [
        { code: 'not-buildable', problem: { code: 'not-values' } },
        'the linked scenario cannot be built: its changes are not a list of values',
      ],
      [
        { code: 'not-buildable', problem: { code: 'too-many', most: 400 } },
        'the linked scenario cannot be built: it has more than 400 changes',
      ],
      [
        { code: 'not-buildable', problem: { code: 'no-such-value', path: '__proto__.x' } },
        'the linked scenario cannot be built: it changes a value that does not exist (__proto__.x)',
      ],
    ];
    for (const [problem, text] of cases) expect(linkProblemText(problem)).toBe(text);
  });
});
