import type { Migrated } from './versioned';
import type { z } from './zod';

/**
 * The dotted path of the field a zod issue is about, for a message that names it: an unknown field
 * is named itself (zod reports it at its parent); "" means the whole file.
 */
export function fieldOfIssue(issue: z.core.$ZodIssue): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  return path.map(String).join('.');
}

/**
 * Why a save or result's format cannot be read: made by a later copy of the game (which says so),
 * or no format this game has ever written (missing, garbled, or not an object at all).
 */
export function formatProblem(
  refused: Extract<Migrated, { ok: false }>,
): { readonly code: 'newer-format'; readonly format: number } | { readonly code: 'unknown-format' } {
  return refused.problem === 'newer' && refused.version !== null
    ? { code: 'newer-format', format: refused.version }
    : { code: 'unknown-format' };
}
