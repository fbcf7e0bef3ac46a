import { useEffect, useState } from 'preact/hooks';
import { numberToText, textToNumber } from './fieldText';
import { fieldId } from './scenarioFields';

interface Props {
  readonly path: string;
  readonly value: unknown;
  readonly share: boolean;
  readonly whole: boolean;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly label?: string;
  onChange(value: number | string): void;
}

/**
 * A number typed as text: what is typed stays as typed ("5." while typing 5.5), and the draft gets
 * the number it means, or the text itself when it is not a number yet, so validation can say so.
 */
export function NumberField({ path, value, share, whole, invalid, describedBy, label, onChange }: Props) {
  const [text, setText] = useState(() => numberToText(value, share));
  useEffect(() => {
    // Follow the draft when it changes from elsewhere (a new start, a loaded file), not while typing.
    if (textToNumber(text, share) !== value) setText(numberToText(value, share));
  }, [value, share]);
  return (
    <span class="editor-number">
      <input
        id={fieldId(path)}
        type="text"
        inputMode={whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          onChange(textToNumber(next, share));
        }}
      />
      {share && <span aria-hidden="true">%</span>}
    </span>
  );
}
