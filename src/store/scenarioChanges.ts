import { BUILT_IN_SCENARIOS, changesStillApply, isRecord, ownValue, type Scenario } from '../sim';
import { withValue } from './editorDraft';

/**
 * A scenario written as the changes from a built-in one: `{ base, version, changes }`, where
 * `changes` maps dotted paths ("network.people") to new values (lists are replaced whole). A class's
 * scenario is usually a built-in with a few numbers and its name changed, so this keeps share links
 * (and their QR codes) short: ~300 characters instead of ~1,700.
 */
export interface ScenarioChanges {
  readonly base: string;
  readonly version: number;
  readonly changes: Readonly<Record<string, unknown>>;
}

/** More changes than a scenario has values cannot be honest; refused before any work. */
const MAX_CHANGES = 400;
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

type Json = Record<string, unknown>;

function collectChanges(from: unknown, to: unknown, path: string, out: Json): void {
  if (isRecord(from) && isRecord(to)) {
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)]))
      collectChanges(from[key], to[key], path ? `${path}.${key}` : key, out);
  } else if (JSON.stringify(from) !== JSON.stringify(to)) {
    // A value the scenario lacks is written as null; validation then names it as missing.
    out[path] = to ?? null;
  }
}

/** The smallest description of `scenario` as changes from one of the built-in scenarios. */
export function changesFromBuiltIn(scenario: Scenario): ScenarioChanges {
  let best: ScenarioChanges | null = null;
  for (const [base, builtIn] of Object.entries(BUILT_IN_SCENARIOS)) {
    const changes: Json = {};
    collectChanges(builtIn, scenario, '', changes);
    const candidate = { base, version: scenario.version, changes };
    if (best === null || JSON.stringify(candidate).length < JSON.stringify(best).length) best = candidate;
  }
  return best as ScenarioChanges;
}

export function isScenarioChanges(value: unknown): value is ScenarioChanges {
  return isRecord(value) && 'base' in value && 'changes' in value;
}

/**
 * Why changes cannot be built into a scenario, as a code and its values; the view words it.
 * `newer-version`: made by a later Backchannel; `other-version`: an older version whose changes no
 * longer apply to today's built-in (a step since renamed or moved fields), or no version at all.
 */
export type ChangesProblem =
  | { code: 'unknown-base'; base: string }
  | { code: 'newer-version'; version: number; current: number }
  | { code: 'other-version'; version: string }
  | { code: 'not-values' }
  | { code: 'too-many'; most: number }
  | { code: 'no-such-value'; path: string };

/**
 * The scenario that `changes` describes, as plain data still to be validated (parseScenario names
 * any bad value by its path); or why it cannot be built. Never throws.
 */
export function applyChanges(
  value: ScenarioChanges,
): { ok: true; data: Json } | { ok: false; problem: ChangesProblem } {
  const builtIn = typeof value.base === 'string' ? ownValue(BUILT_IN_SCENARIOS, value.base) : undefined;
  if (builtIn === undefined)
    return { ok: false, problem: { code: 'unknown-base', base: String(value.base) } };
  // A link made by an older copy still opens when every version since only added fields.
  if (
    value.version !== builtIn.version &&
    !(typeof value.version === 'number' && changesStillApply(value.version))
  )
    return { ok: false, problem: versionProblem(value.version, builtIn.version) };
  if (!isRecord(value.changes)) return { ok: false, problem: { code: 'not-values' } };
  const entries = Object.entries(value.changes);
  if (entries.length > MAX_CHANGES) return { ok: false, problem: { code: 'too-many', most: MAX_CHANGES } };
  let data: Json = structuredClone(builtIn) as unknown as Json;
  for (const [path, newValue] of entries) {
    if (path.split('.').some((key) => key === '' || FORBIDDEN_KEYS.has(key)))
      return { ok: false, problem: { code: 'no-such-value', path } };
    data = withValue(data, path, newValue);
  }
  return { ok: true, data };
}

function versionProblem(version: unknown, current: number): ChangesProblem {
  return typeof version === 'number' && version > current
    ? { code: 'newer-version', version, current }
    : { code: 'other-version', version: String(version) };
}
