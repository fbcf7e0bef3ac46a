import { lengthBounds, numberBounds } from '../../../store/schemaBounds';
import { t } from '../../strings/en';
import { CategoryField } from './CategoryField';
import { describedBy, FieldFrame } from './FieldFrame';
import { boundsText } from './fieldText';
import { NumberField } from './NumberField';
import { PlayModeField } from './PlayModeField';
import { SeedField } from './SeedField';
import { ShockList } from './ShockList';
import { type FieldSpec, fieldId } from './scenarioFields';

interface Props {
  readonly field: FieldSpec;
  readonly value: unknown;
  /** The group's explanation, for fields without their own. */
  readonly groupHelp: string;
  readonly problemsAt: (path: string) => readonly string[];
  onChange(path: string, value: unknown): void;
}

function limitsText(field: FieldSpec): string {
  const { path, kind } = field;
  if (kind === 'date') return t('editor.bounds.date');
  if (kind === 'id') return t('editor.bounds.id');
  if (kind === 'text' || kind === 'longText') {
    const { max } = lengthBounds(path);
    return max === null ? '' : t('editor.bounds.length', { max });
  }
  const bounds = numberBounds(path);
  return bounds ? boundsText(bounds, kind === 'share') : '';
}

/** One parameter of the scenario with the control its kind calls for. */
export function EditorField({ field, value, groupHelp, problemsAt, onChange }: Props) {
  const { path, kind } = field;
  const problems = problemsAt(path);
  const help = [field.help?.() ?? '', limitsText(field)].filter(Boolean).join(' ') || groupHelp;
  const invalid = problems.length > 0;
  const described = describedBy(path, problems);
  const change = (next: unknown) => onChange(path, next);
  const text = typeof value === 'string' ? value : '';
  const grouped = kind === 'shocks' || kind === 'categories' || kind === 'seed' || kind === 'playMode';
  return (
    <FieldFrame path={path} label={field.label()} help={help} problems={problems} group={grouped}>
      {(kind === 'number' || kind === 'share') && (
        <NumberField
          path={path}
          value={value}
          share={kind === 'share'}
          whole={numberBounds(path)?.whole ?? false}
          invalid={invalid}
          describedBy={described}
          onChange={change}
        />
      )}
      {(kind === 'text' || kind === 'id' || kind === 'date') && (
        <input
          id={fieldId(path)}
          type="text"
          class={kind === 'text' ? 'editor-field__wide' : undefined}
          value={text}
          maxLength={kind === 'text' ? (lengthBounds(path).max ?? undefined) : undefined}
          autoComplete="off"
          spellcheck={kind === 'text'}
          aria-invalid={invalid}
          aria-describedby={described}
          onInput={(event) => change(event.currentTarget.value)}
        />
      )}
      {kind === 'longText' && (
        <textarea
          id={fieldId(path)}
          class="editor-field__wide"
          rows={3}
          value={text}
          maxLength={lengthBounds(path).max ?? undefined}
          aria-invalid={invalid}
          aria-describedby={described}
          onInput={(event) => change(event.currentTarget.value)}
        />
      )}
      {kind === 'categories' && (
        <CategoryField path={path} value={value} describedBy={described} onChange={change} />
      )}
      {kind === 'seed' && (
        <SeedField path={path} value={value} invalid={invalid} describedBy={described} onChange={change} />
      )}
      {kind === 'playMode' && (
        <PlayModeField path={path} value={value} describedBy={described} onChange={change} />
      )}
      {kind === 'shocks' && <ShockList value={value} problemsAt={problemsAt} onChange={change} />}
    </FieldFrame>
  );
}
