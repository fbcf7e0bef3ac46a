import { useRef, useState } from 'preact/hooks';
import {
  addToReview,
  type ClassReview,
  EMPTY_REVIEW,
  isFull,
  pastedInputs,
  type ReviewInput,
  removeFromReview,
} from '../../../store/classReview';
import { RESULT_TEXT_MAX } from '../../../store/resultFile';
import { t } from '../../strings/en';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** One input still to read: a file (read only when its turn comes) or pasted text. */
type Pending = { readonly source: string; read(review: ClassReview): Promise<string | null> };

const fromFile = (file: File): Pending => ({
  source: file.name,
  // Files past the size limit, or past a full review, are never read into memory.
  read: (review) => (file.size > RESULT_TEXT_MAX || isFull(review) ? Promise.resolve(null) : file.text()),
});

const fromText = (input: ReviewInput): Pending => ({
  source: input.source,
  read: () => Promise.resolve(input.text),
});

/** Lets the page paint (and the progress line update) between two replays. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The review lives in this component's state only: leaving the page forgets it. Inputs are read
 * and replayed one at a time, in the order given, each batch after the one before it.
 */
export function useClassReview() {
  const [review, setReview] = useState<ClassReview>(EMPTY_REVIEW);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [note, setNote] = useState('');
  const current = useRef(review);
  const queue = useRef(Promise.resolve());
  const pasted = useRef(0);

  const commit = (next: ClassReview) => {
    current.current = next;
    setReview(next);
  };

  const run = (batch: readonly Pending[]) => {
    queue.current = queue.current.then(async () => {
      const before = current.current;
      for (const [i, item] of batch.entries()) {
        setProgress({ done: i + 1, total: batch.length });
        await nextTask();
        const text = await item.read(current.current).catch(() => '');
        commit(addToReview(current.current, { source: item.source, text }));
      }
      setProgress(null);
      const after = current.current;
      setNote(
        t('review.added', {
          added: after.rows.length - before.rows.length,
          problems: after.problems.length - before.problems.length,
        }),
      );
    });
  };

  return {
    review,
    progress,
    /** The last thing that happened, for the page's status line. */
    note,
    addFiles: (files: readonly File[]) => run(files.map(fromFile)),
    /** Adds the codes in `text`; false when there was nothing to add. */
    addPasted: (text: string): boolean => {
      const first = pasted.current;
      const inputs = pastedInputs(text, (n) => t('review.pastedSource', { n: first + n }));
      pasted.current += inputs.length;
      if (inputs.length > 0) run(inputs.map(fromText));
      return inputs.length > 0;
    },
    remove: (key: string, who: string) => {
      commit(removeFromReview(current.current, key));
      setNote(t('review.removed', { who }));
    },
    clear: () => {
      commit(EMPTY_REVIEW);
      pasted.current = 0;
      setNote(t('review.cleared'));
    },
  };
}
