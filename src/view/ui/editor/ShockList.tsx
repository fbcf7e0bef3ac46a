import { lengthBounds, numberBounds } from '../../../store/schemaBounds';
import { t } from '../../strings/en';
import { NumberField } from './NumberField';
import { fieldId } from './scenarioFields';

const PATH = 'spread.shocks';
type Row = Record<string, unknown>;

interface Props {
  readonly value: unknown;
  /** Problems by path inside the list ("spread.shocks.0.day"). */
  readonly problemsAt: (path: string) => readonly string[];
  onChange(rows: Row[]): void;
}

/** The rival platforms shut down during the operation: one row each, added and removed freely. */
export function ShockList({ value, problemsAt, onChange }: Props) {
  const rows: Row[] = Array.isArray(value) ? (value as Row[]) : [];
  const max = lengthBounds(PATH).max ?? Number.POSITIVE_INFINITY;
  const set = (index: number, key: string, next: unknown) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: next } : row)));
  const add = () => {
    const days = numberBounds(`${PATH}.0.days`);
    onChange([...rows, { day: 0, factor: 2, days: days?.min ?? 1, label: t('editor.shock.newLabel') }]);
  };
  const number = (index: number, key: 'day' | 'factor' | 'days', label: string) => {
    const path = `${PATH}.${index}.${key}`;
    const problems = problemsAt(path);
    return (
      <div class="editor-shock__cell">
        <label for={fieldId(path)}>{label}</label>
        <NumberField
          path={path}
          value={rows[index][key]}
          share={false}
          whole={numberBounds(path)?.whole ?? false}
          invalid={problems.length > 0}
          describedBy={problems.length > 0 ? `${fieldId(path)}-problem` : undefined}
          onChange={(next) => set(index, key, next)}
        />
        {problems.length > 0 && (
          <p id={`${fieldId(path)}-problem`} class="editor-field__problem">
            {problems.join(' ')}
          </p>
        )}
      </div>
    );
  };
  return (
    <div class="editor-shocks">
      {rows.length === 0 && <p>{t('editor.shock.none')}</p>}
      <ol class="editor-shocks__list">
        {rows.map((row, index) => {
          const labelPath = `${PATH}.${index}.label`;
          const labelProblems = problemsAt(labelPath);
          return (
            <li key={index} class="editor-shock">
              <h4>{t('editor.shock.row', { n: index + 1 })}</h4>
              {number(index, 'day', t('editor.shock.day'))}
              {number(index, 'factor', t('editor.shock.factor'))}
              {number(index, 'days', t('editor.shock.days'))}
              <div class="editor-shock__cell editor-shock__cell--wide">
                <label for={fieldId(labelPath)}>{t('editor.shock.label')}</label>
                <input
                  id={fieldId(labelPath)}
                  type="text"
                  value={typeof row.label === 'string' ? row.label : ''}
                  maxLength={lengthBounds(labelPath).max ?? undefined}
                  aria-invalid={labelProblems.length > 0}
                  aria-describedby={labelProblems.length > 0 ? `${fieldId(labelPath)}-problem` : undefined}
                  onInput={(event) => set(index, 'label', event.currentTarget.value)}
                />
                {labelProblems.length > 0 && (
                  <p id={`${fieldId(labelPath)}-problem`} class="editor-field__problem">
                    {labelProblems.join(' ')}
                  </p>
                )}
              </div>
              <button
                type="button"
                class="button button--quiet"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                {t('editor.shock.remove', { n: index + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length < max ? (
        <button type="button" class="button" id={fieldId(PATH)} onClick={add}>
          {t('editor.shock.add')}
        </button>
      ) : (
        <p id={fieldId(PATH)} tabIndex={-1}>
          {t('editor.shock.full', { max })}
        </p>
      )}
    </div>
  );
}
