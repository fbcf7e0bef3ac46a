import { useMemo } from 'preact/hooks';
import { checkDraft, type DraftIssue, valueAt } from '../../../store/editorDraft';
import { t } from '../../strings/en';
import { BackToTitleButton } from '../BackToTitleButton';
import { useAppStore } from '../storeContext';
import { problemsByField } from './draftProblems';
import { EditorField } from './EditorField';
import { EditorOutput } from './EditorOutput';
import { EditorStart } from './EditorStart';
import { editorNoticeText } from './editorNoticeText';
import { HandsetPreview } from './HandsetPreview';
import { FIELD_GROUPS, type FieldGroup } from './scenarioFields';
import { ValidationSummary } from './ValidationSummary';

const NONE: readonly string[] = [];
const NO_ISSUES: readonly DraftIssue[] = [];

/** The scenario editor: every parameter with its meaning and bounds, checked as it is typed. */
export function EditorScreen() {
  const draft = useAppStore((s) => s.editorDraft);
  const notice = useAppStore((s) => s.editorNotice);
  const editDraft = useAppStore((s) => s.editDraft);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const issues = check.ok ? NO_ISSUES : check.issues;
  const problems = useMemo(() => problemsByField(issues), [issues]);
  const problemsAt = (path: string) => problems.get(path) ?? NONE;
  // A new object only when the draft changes, so the preview reruns only then.
  const scenario = check.ok ? check.scenario : null;

  const group = (g: FieldGroup) => (
    <section key={g.id} class="editor-group" aria-labelledby={`editor-group-${g.id}`}>
      <h3 id={`editor-group-${g.id}`}>{g.title()}</h3>
      <p class="editor-group__intro">{g.intro()}</p>
      <div class="editor-group__fields">
        {g.fields.map((field) => (
          <EditorField
            key={field.path}
            field={field}
            value={valueAt(draft, field.path)}
            groupHelp={g.intro()}
            problemsAt={problemsAt}
            onChange={editDraft}
          />
        ))}
      </div>
    </section>
  );

  return (
    <section class="screen editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading" data-autofocus tabIndex={-1}>
        {t('editor.heading')}
      </h2>
      <p>{t('editor.intro')}</p>
      {notice && <p class="callout">{editorNoticeText(notice)}</p>}
      <EditorStart />
      <form class="editor-form" aria-labelledby="editor-heading" onSubmit={(event) => event.preventDefault()}>
        <ValidationSummary issues={issues} />
        <p class="fineprint">{t('editor.draftKept')}</p>
        {FIELD_GROUPS.filter((g) => !g.advanced).map(group)}
        <details class="editor-advanced">
          <summary>{t('editor.group.advanced')}</summary>
          <p class="editor-group__intro">{t('editor.group.advanced.intro')}</p>
          {FIELD_GROUPS.filter((g) => g.advanced).map(group)}
        </details>
      </form>
      <HandsetPreview scenario={scenario} />
      <EditorOutput scenario={scenario} />
      <div class="actions">
        <BackToTitleButton variant="quiet" />
      </div>
    </section>
  );
}
