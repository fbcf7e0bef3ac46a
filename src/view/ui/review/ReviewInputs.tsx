import { useState } from 'preact/hooks';
import { t } from '../../strings/en';
import { FileDrop } from '../FileDrop';

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
  const [codes, setCodes] = useState('');
  const [pasteHint, setPasteHint] = useState(false);

  const add = () => {
    const any = onPaste(codes);
    setPasteHint(!any);
    if (any) setCodes('');
  };

  return (
    <section class="review-inputs review-controls" aria-labelledby="review-add-heading">
      <h3 id="review-add-heading">{t('review.addHeading')}</h3>
      <FileDrop
        id="review-files"
        class="review-drop"
        showLegend
        legend={t('review.dropZone')}
        legendWhileOver={t('review.dropActive')}
        label={t('review.files')}
        multiple
        onFiles={onFiles}
      />
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
