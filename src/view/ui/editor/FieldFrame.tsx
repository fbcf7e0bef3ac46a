import type { ComponentChildren } from 'preact';
import { fieldId } from './scenarioFields';

interface Props {
  readonly path: string;
  readonly label: string;
  /** Explanation and bounds, read out with the control. */
  readonly help: string;
  readonly problems: readonly string[];
  /** A fieldset with a legend (groups of controls) rather than a label for one control. */
  readonly group?: boolean;
  readonly children: ComponentChildren;
}

/** The ids a field's control points to with aria-describedby: its help, then its problems. */
export function describedBy(path: string, problems: readonly string[]): string {
  const id = fieldId(path);
  return problems.length > 0 ? `${id}-help ${id}-problem` : `${id}-help`;
}

/** One parameter: its label, its control, what it means and its bounds, and what is wrong with it. */
export function FieldFrame({ path, label, help, problems, group = false, children }: Props) {
  const id = fieldId(path);
  const body = (
    <>
      {children}
      <p id={`${id}-help`} class="editor-field__help">
        {help}
      </p>
      {problems.length > 0 && (
        <p id={`${id}-problem`} class="editor-field__problem">
          {problems.join(' ')}
        </p>
      )}
    </>
  );
  const cls = problems.length > 0 ? 'editor-field editor-field--invalid' : 'editor-field';
  return group ? (
    <fieldset class={cls} id={`${id}-group`}>
      <legend>{label}</legend>
      {body}
    </fieldset>
  ) : (
    <div class={cls}>
      <label for={id}>{label}</label>
      {body}
    </div>
  );
}
