import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** The file input's id (its label points at it). */
  readonly id: string;
  /** Names the zone; shown when `showLegend`, otherwise read by screen readers only. */
  readonly legend: string;
  /** What the legend says while files are held over the zone (when shown). */
  readonly legendWhileOver?: string;
  readonly showLegend?: boolean;
  readonly label: string;
  readonly hint?: string;
  readonly multiple?: boolean;
  /** Extra classes for the zone, for the page that holds it. */
  readonly class?: string;
  readonly describedBy?: string;
  /** The files dropped or chosen; the input is emptied after, so the same file can be chosen again. */
  onFiles(files: File[]): void;
  /** Shown inside the zone, under the input (e.g. what was wrong with the last file). */
  readonly children?: ComponentChildren;
}

/** A labelled zone that takes files dropped on it, with a file input inside for the keyboard. */
export function FileDrop(props: Props) {
  const [over, setOver] = useState(false);
  const classes = ['file-drop', over ? 'file-drop--over' : '', props.class ?? ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class={classes}
      onDragEnter={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragOver={(event) => event.preventDefault()}
      onDragLeave={(event) => {
        // Moving between the zone's own children is not leaving it.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0) props.onFiles(files);
      }}
    >
      <legend class={props.showLegend ? 'file-drop__legend' : 'visually-hidden'}>
        {over && props.legendWhileOver ? props.legendWhileOver : props.legend}
      </legend>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="file"
        multiple={props.multiple}
        accept=".json,application/json"
        aria-describedby={props.describedBy}
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
      {props.hint && <p class="fineprint">{props.hint}</p>}
      {props.children}
    </fieldset>
  );
}
