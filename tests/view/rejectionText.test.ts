import { describe, expect, it } from 'vitest';
import { REJECTION_CODES } from '../../src/sim';
import { en } from '../../src/view/strings/en';
import { rejectionText } from '../../src/view/ui/rejectionText';

describe('rejected commands in words', () => {
  it('has a catalogue entry for every rejection code, and none for a code the core does not have', () => {
    const codes = new Set<string>(REJECTION_CODES);
    for (const code of REJECTION_CODES) expect(Object.hasOwn(en, `rejected.${code}`), code).toBe(true);
    const worded = Object.keys(en).flatMap((key) => (key.startsWith('rejected.') ? [key.slice(9)] : []));
    expect(worded.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('fills the numbers a rejection carries into the sentence', () => {
    expect(rejectionText({ code: 'not-enough-handsets', available: 3 })).toBe(
      'Not done: only 3 handsets are available to seed.',
    );
    expect(rejectionText({ code: 'already-tagged', message: 12, person: 40 })).toBe(
      'Not done: message 12 is already tagged against person 40.',
    );
    expect(rejectionText({ code: 'threat-answered' })).toBe(
      'Not done: that threat has already been answered.',
    );
  });
});
