import type { DraftIssue } from '../../../store/editorDraft';
import { t } from '../../strings/en';
import { controlPathFor } from './draftProblems';
import { fieldId } from './scenarioFields';

/** Focuses a field, opening the "Advanced" section it may be folded into. */
function goTo(path: string): void {
  const control = document.getElementById(fieldId(path));
  if (control === null) return;
  const folded = control.closest('details');
  if (folded) folded.open = true;
  control.focus();
}

/** Whether the draft is valid, and if not every problem with its path, each a way to the field. */
export function ValidationSummary({ issues }: { issues: readonly DraftIssue[] }) {
  return (
    <div
      class={issues.length ? 'callout editor-summary editor-summary--invalid' : 'editor-summary'}
      role="status"
    >
      {issues.length === 0 ? (
        <p>{t('editor.valid')}</p>
      ) : (
        <>
          <p id="editor-problems">{t('editor.invalidHeading', { count: issues.length })}</p>
          <ul aria-labelledby="editor-problems">
            {issues.map((issue) => {
              const target = controlPathFor(issue.path);
              return (
                <li key={`${issue.path}:${issue.reason}`}>
                  {target ? (
                    <button
                      type="button"
                      class="editor-summary__path"
                      aria-label={t('editor.goToField', { path: issue.path })}
                      onClick={() => goTo(target)}
                    >
                      {issue.path}
                    </button>
                  ) : (
                    <code>{issue.path}</code>
                  )}
                  : {issue.reason}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
