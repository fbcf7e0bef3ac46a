import { t } from '../../strings/en';
import { NumberField } from './NumberField';
import { fieldId } from './scenarioFields';

interface Props {
  readonly path: string;
  readonly value: unknown;
  readonly invalid: boolean;
  readonly describedBy: string;
  onChange(seed: number | string | null): void;
}

/** A seed for the whole class, or none (each student's game draws its own). */
export function SeedField({ path, value, invalid, describedBy, onChange }: Props) {
  const fixed = value !== null;
  const id = fieldId(path);
  return (
    <div class="editor-seed">
      <label class="editor-seed__choice">
        <input
          id={id}
          type="radio"
          name={`${id}-choice`}
          checked={!fixed}
          aria-describedby={describedBy}
          onChange={() => onChange(null)}
        />
        {t('editor.seed.each')}
      </label>
      <label class="editor-seed__choice">
        <input
          type="radio"
          name={`${id}-choice`}
          checked={fixed}
          aria-describedby={describedBy}
          // A fixed seed starts from a short number a teacher can read out; any other can be typed.
          onChange={() => onChange(typeof value === 'number' ? value : 2021)}
        />
        {t('editor.seed.fixed')}
      </label>
      {fixed && (
        <div class="editor-seed__value">
          <label for={fieldId(`${path}.value`)}>{t('editor.seed.value')}</label>
          <NumberField
            path={`${path}.value`}
            value={value}
            share={false}
            whole
            invalid={invalid}
            describedBy={describedBy}
            onChange={(next) => onChange(next)}
          />
        </div>
      )}
    </div>
  );
}
