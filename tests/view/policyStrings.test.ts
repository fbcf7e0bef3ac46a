import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/parseArgs';
import { POLICY_NAMES } from '../../src/sim';
import { en } from '../../src/view/strings/en';

describe('built-in policies in words', () => {
  it('words every policy the core has with a label and a description', () => {
    for (const name of POLICY_NAMES) {
      expect(en[`policy.${name}.label`], name).toMatch(/\S/);
      expect(en[`policy.${name}.about`], name).toMatch(/\S/);
    }
  });

  it('has no words for a policy the core does not have', () => {
    const worded = new Set(
      Object.keys(en).flatMap((key) => (key.startsWith('policy.') ? [key.split('.')[1]] : [])),
    );
    expect([...worded].filter((name) => !(POLICY_NAMES as readonly string[]).includes(name))).toEqual([]);
  });

  it('lists each policy with its description in the CLI help', () => {
    for (const name of POLICY_NAMES) expect(USAGE).toContain(`${name}: ${en[`policy.${name}.about`]}`);
  });
});
