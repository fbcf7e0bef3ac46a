import { CURRENT_SCENARIO_VERSION, isRecord, parseScenario, type Scenario } from '../sim';
import { type Draft, draftFromScenario, renameDraft, withValue } from './editorDraft';
import { builtInScenario, type ScenarioChoice } from './flowSlice';
import type { SaveStorage } from './gameSlice';

export const EDITOR_DRAFT_KEY = 'backchannel.editor.draft';
/** A stored draft longer than this is not a draft the editor made; it is set aside unread. */
const MAX_STORED_DRAFT_CHARS = 200_000;

/** What the editor tells the teacher about where the draft came from. */
export type EditorNotice =
  | { kind: 'stored-draft-unreadable' }
  | { kind: 'started-from'; name: string }
  | { kind: 'loaded-file'; name: string; migratedFrom: number | null };

export interface EditorSlice {
  /** The scenario being edited (kept in storage, so a reload or a visit elsewhere loses nothing). */
  editorDraft: Draft;
  editorNotice: EditorNotice | null;
  /** Sets one value of the draft by its dotted path ("network.people"). */
  editDraft(path: string, value: unknown): void;
  /** Starts again from a built-in scenario. */
  startDraftFrom(id: ScenarioChoice): void;
  /** Starts again from a scenario read from a file (already validated and migrated). */
  loadDraft(scenario: Scenario, migratedFrom: number | null): void;
}

/**
 * The draft kept in storage, if it can be used: an object of this version (even one still being
 * fixed), or an older scenario that migrates. Anything else is set aside with a notice, never thrown.
 */
export function readStoredDraft(storage: SaveStorage | null): { draft: Draft | null; unreadable: boolean } {
  const text = storage?.getItem(EDITOR_DRAFT_KEY) ?? null;
  if (text === null) return { draft: null, unreadable: false };
  if (text.length > MAX_STORED_DRAFT_CHARS) return { draft: null, unreadable: true };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { draft: null, unreadable: true };
  }
  if (!isRecord(json)) return { draft: null, unreadable: true };
  if (json.version === CURRENT_SCENARIO_VERSION) return { draft: json, unreadable: false };
  const parsed = parseScenario(json);
  return parsed.ok
    ? { draft: draftFromScenario(parsed.scenario), unreadable: false }
    : { draft: null, unreadable: true };
}

export function createEditorSlice(
  set: (partial: Partial<EditorSlice>) => void,
  get: () => EditorSlice,
  storage: SaveStorage | null,
): EditorSlice {
  const stored = readStoredDraft(storage);
  const keep = (editorDraft: Draft, editorNotice: EditorNotice | null) => {
    try {
      storage?.setItem(EDITOR_DRAFT_KEY, JSON.stringify(editorDraft));
    } catch {
      // A full or blocked storage only costs the copy kept for a reload; editing goes on.
    }
    set({ editorDraft, editorNotice });
  };
  const start = (scenario: Scenario, notice: EditorNotice) => keep(draftFromScenario(scenario), notice);
  return {
    editorDraft: stored.draft ?? draftFromScenario(builtInScenario('classroom')),
    editorNotice: stored.unreadable ? { kind: 'stored-draft-unreadable' } : null,
    editDraft(path, value) {
      const draft = get().editorDraft;
      keep(
        path === 'name' ? renameDraft(draft, String(value)) : withValue(draft, path, value),
        get().editorNotice,
      );
    },
    startDraftFrom(id) {
      const scenario = builtInScenario(id);
      start(scenario, { kind: 'started-from', name: scenario.name });
    },
    loadDraft(scenario, migratedFrom) {
      start(scenario, { kind: 'loaded-file', name: scenario.name, migratedFrom });
    },
  };
}
