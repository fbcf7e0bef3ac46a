import { useState } from 'preact/hooks';
import { t } from '../../strings/en';

interface Props {
  readonly onFiles: (files: File[]) => void;
  /** False when the text held no code. */
  readonly onPaste: (text: string) => boolean;
}

/**
 * Files by drag and drop onto a labelled zone or through the file input inside it (the keyboard
 * way in), and codes pasted one per line.
 */
export function ReviewInputs({ onFiles, onPaste }: Props) {
  const [dragging, setDragging] = useState(false);
  const [codes, setCodes] = useState('');
  const [pasteHint, setPasteHint] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  };

  const onChoose = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onFiles(files);
  };

  const add = () => {
    const any = onPaste(codes);
    setPasteHint(!any);
    if (any) setCodes('');
  };

  return (
    <section class="review-inputs review-controls" aria-labelledby="review-add-heading">
      <h3 id="review-add-heading">{t('review.addHeading')}</h3>
      <fieldset
        class={dragging ? 'review-drop review-drop--active' : 'review-drop'}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={(e) => {
          if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <legend class="review-drop__text">{dragging ? t('review.dropActive') : t('review.dropZone')}</legend>
        <label class="review-field" for="review-files">
          <span>{t('review.files')}</span>
          <input id="review-files" type="file" multiple accept=".json,application/json" onChange={onChoose} />
        </label>
      </fieldset>
      <div class="review-paste">
        <label class="review-field" for="review-codes">
          <span>{t('review.paste')}</span>
          <textarea
            id="review-codes"
            class="debrief-code"
            rows={3}
            value={codes}
            aria-describedby={pasteHint ? 'review-paste-hint' : undefined}
            onInput={(e) => setCodes((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <div class="review-paste__row">
          <button type="button" class="button button--small" onClick={add}>
            {t('review.add')}
          </button>
          {pasteHint && (
            <p id="review-paste-hint" class="hint">
              {t('review.pasteEmpty')}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
