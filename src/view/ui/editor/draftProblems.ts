import type { DraftIssue } from '../../../store/editorDraft';
import { fieldForIssue } from './scenarioFields';

const SHOCK_ROW = /^spread\.shocks\.\d+\./;

/**
 * Where each problem is shown: beside the control at its path (a shock row's own boxes included),
 * or beside the first field of the object it is about; the rest only in the list at the top.
 */
export function problemsByField(issues: readonly DraftIssue[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const at = SHOCK_ROW.test(issue.path) ? issue.path : fieldForIssue(issue.path)?.path;
    if (at === undefined) continue;
    byField.set(at, [...(byField.get(at) ?? []), issue.reason]);
  }
  return byField;
}

/** The id of the control a problem's "go to" button focuses. */
export function controlPathFor(issuePath: string): string | null {
  if (SHOCK_ROW.test(issuePath)) return issuePath;
  return fieldForIssue(issuePath)?.path ?? null;
}
