import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/sim';
import { checkDraft, draftFromScenario, withValue } from '../../src/store/editorDraft';
import { lengthBounds, numberBounds, schemaLeafPaths } from '../../src/store/schemaBounds';
import { numberToText, textToNumber } from '../../src/view/ui/editor/fieldText';
import { qrCode } from '../../src/view/ui/editor/qrMatrix';
import { ALL_FIELDS, fieldForIssue } from '../../src/view/ui/editor/scenarioFields';

const base = draftFromScenario(BUILT_IN_SCENARIOS['full-scale']);
const problemsAt = (draft: Record<string, unknown>, path: string) => {
  const check = checkDraft(draft);
  return check.ok ? [] : check.issues.filter((i) => i.path === path);
};

describe('the editor field catalogue', () => {
  it('has exactly one field for every parameter of the schema, each with a label', () => {
    const fields = ALL_FIELDS.map((f) => f.path);
    expect([...fields].sort()).toEqual([...schemaLeafPaths()].sort());
    expect(new Set(fields).size).toBe(fields.length);
    for (const field of ALL_FIELDS) expect(field.label().trim(), field.path).not.toBe('');
  });

  it('reads bounds from the schema: each number field takes its bounds and refuses beyond them', () => {
    for (const field of ALL_FIELDS.filter((f) => f.kind === 'number' || f.kind === 'share')) {
      const bounds = numberBounds(field.path);
      expect(bounds, field.path).not.toBeNull();
      if (!bounds) continue;
      if (bounds.max !== null) {
        expect(problemsAt(withValue(base, field.path, bounds.max + 1), field.path), field.path).not.toEqual(
          [],
        );
        if (!bounds.whole)
          expect(problemsAt(withValue(base, field.path, bounds.max), field.path)).toEqual([]);
      }
      if (bounds.min !== null) {
        expect(problemsAt(withValue(base, field.path, bounds.min - 1), field.path), field.path).not.toEqual(
          [],
        );
        // Only the bound itself is checked at the minimum: cross-field rules may still object.
        const atMin = problemsAt(withValue(base, field.path, bounds.min), field.path);
        const refusedAtMin = atMin.some((issue) => /^must be (at least|more than) /.test(issue.reason));
        expect(refusedAtMin, field.path).toBe(bounds.minExclusive);
      }
    }
  });

  it('knows the bounds the issue names', () => {
    expect(numberBounds('network.people')).toEqual({
      min: 100,
      minExclusive: false,
      max: 40000,
      whole: true,
    });
    expect(numberBounds('play.minutes')?.whole).toBe(true);
    expect(numberBounds('seed')?.min).toBe(0);
    expect(lengthBounds('name')).toEqual({ min: 1, max: 80 });
    expect(lengthBounds('spread.shocks').max).toBe(10);
    expect(numberBounds('activity.shipmentKgMedian')).toMatchObject({
      min: 0,
      minExclusive: true,
      max: null,
    });
  });

  it('finds the field a problem belongs to', () => {
    expect(fieldForIssue('network.people')?.path).toBe('network.people');
    expect(fieldForIssue('spread.shocks.3.day')?.path).toBe('spread.shocks');
    expect(fieldForIssue('network.roleShares')?.path).toBe('network.roleShares.broker');
    expect(fieldForIssue('(the whole file)')).toBeNull();
  });

  it('types shares as percentages without float noise, and keeps text that is not a number', () => {
    expect(numberToText(0.55, true)).toBe('55');
    expect(textToNumber('55', true)).toBe(0.55);
    expect(textToNumber('7,5', false)).toBe(7.5);
    expect(textToNumber('12a', false)).toBe('12a');
    expect(textToNumber('', false)).toBe('');
    expect(numberToText(8.4e-5, false)).toBe('0.000084');
  });
});

describe('the share link QR code', () => {
  it('draws exactly the dark modules, row by row', () => {
    const qr = qrCode('https://example.org/#scenario=abc');
    expect(qr.ok).toBe(true);
    if (!qr.ok) return;
    const dark = new Set<string>();
    for (const run of qr.runs) for (let x = run.x; x < run.x + run.width; x++) dark.add(`${x},${run.y}`);
    expect(dark.size).toBe(qr.runs.reduce((n, r) => n + r.width, 0));
    // The three finder patterns: their corners are dark, the separators beside them light.
    for (const [x, y] of [
      [0, 0],
      [qr.size - 1, 0],
      [0, qr.size - 1],
    ])
      expect(dark.has(`${x},${y}`)).toBe(true);
    expect(dark.has('7,0')).toBe(false);
  });

  it('says when a link is too long for any QR code', () => {
    expect(qrCode('x'.repeat(5000)).ok).toBe(false);
  });
});
