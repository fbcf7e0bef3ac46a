import { isRecord, parseScenario, parseScenarioText, type Scenario } from '../sim';

/**
 * A scenario being edited: plain JSON that may be invalid while someone types (a number field can
 * hold the text "12a" until it is fixed). It becomes a Scenario only once it validates.
 */
export type Draft = Record<string, unknown>;

/** A problem with the draft: the dotted path of the bad field and a plain reason. */
export interface DraftIssue {
  readonly path: string;
  readonly reason: string;
}

export type DraftCheck = { ok: true; scenario: Scenario } | { ok: false; issues: DraftIssue[] };

export const WHOLE_FILE = '(the whole file)';

/** "network.people: must be at most 40000" → { path, reason }. */
export function splitIssue(text: string): DraftIssue {
  const at = text.indexOf(': ');
  return at < 0
    ? { path: WHOLE_FILE, reason: text }
    : { path: text.slice(0, at), reason: text.slice(at + 2) };
}

/** Runs the scenario's own validation on the draft; never throws. */
export function checkDraft(draft: Draft): DraftCheck {
  const result = parseScenario(draft);
  return result.ok
    ? { ok: true, scenario: result.scenario }
    : { ok: false, issues: result.errors.map(splitIssue) };
}

export function draftFromScenario(scenario: Scenario): Draft {
  return structuredClone(scenario) as Draft;
}

/** The value at a dotted path ("network.syndicateSize.min"), or undefined. */
export function valueAt(draft: Draft, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of the draft with one value replaced; missing objects on the way are created. */
export function withValue(draft: Draft, path: string, value: unknown): Draft {
  const [key, ...rest] = path.split('.');
  if (rest.length === 0) return { ...draft, [key]: value };
  const inner = draft[key];
  return { ...draft, [key]: withValue(isRecord(inner) ? inner : {}, rest.join('.'), value) };
}

/** A scenario id made from its name: "Week 3: Ports & Cash" → "week-3-ports-cash". */
export function idFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return id === '' ? 'scenario' : id;
}

/**
 * Renames the draft; the id follows the name while it is still the one made from the old name,
 * and stays put once someone has chosen their own.
 */
export function renameDraft(draft: Draft, name: string): Draft {
  const oldName = typeof draft.name === 'string' ? draft.name : '';
  const follows = draft.id === idFromName(oldName);
  return { ...draft, name, ...(follows ? { id: idFromName(name) } : {}) };
}

export type ScenarioText =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; empty: true }
  | { ok: false; empty: false; errors: string[] };

/** A scenario file's text as the editor reads it: nothing in it, refused with the reasons, or a scenario. */
export function readScenarioText(text: string): ScenarioText {
  if (text.trim() === '') return { ok: false, empty: true };
  const parsed = parseScenarioText(text);
  return parsed.ok ? parsed : { ok: false, empty: false, errors: parsed.errors };
}
