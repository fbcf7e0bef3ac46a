import type { z } from '../files/zod';

/**
 * Turns a zod issue into "network.people: must be at most 40000" — a path and a
 * plain reason. `input` is the data that was checked, to tell a missing field from a wrong one.
 */
export function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(the whole file)';
  return `${path}: ${plainReason(issue, valueAt(input, issue.path))}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function plainReason(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `is missing (expected ${article(issue.expected)})`
        : `must be ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too short (at least ${issue.minimum})`
        : issue.inclusive === false
          ? `must be more than ${issue.minimum}`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too long (at most ${issue.maximum})`
        : `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'number') return 'a number';
  if (expected === 'string') return 'text';
  if (expected === 'object') return 'an object { … }';
  if (expected === 'array') return 'a list [ … ]';
  if (expected === 'boolean') return 'true or false';
  return expected;
}
