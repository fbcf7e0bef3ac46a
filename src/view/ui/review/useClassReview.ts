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
import { useAppStore, useStoreApi } from '../storeContext';

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
 * The review lives in the store's memory (store/reviewSlice.ts): other pages can be visited and
 * it is still there; a reload forgets it. Inputs are read and replayed one at a time, in the order
 * given, each batch after the one before it.
 */
export function useClassReview() {
  const store = useStoreApi();
  const review = useAppStore((s) => s.classReview);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [note, setNote] = useState('');
  const queue = useRef(Promise.resolve());
  const latest = () => store.getState().classReview;

  const commit = (next: ClassReview, pastedCodes?: number) =>
    store.getState().setClassReview(next, pastedCodes);

  const run = (batch: readonly Pending[]) => {
    queue.current = queue.current.then(async () => {
      const before = latest();
      for (const [i, item] of batch.entries()) {
        setProgress({ done: i + 1, total: batch.length });
        await nextTask();
        const text = await item.read(latest()).catch(() => '');
        commit(addToReview(latest(), { source: item.source, text }));
      }
      setProgress(null);
      const after = latest();
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
      const first = store.getState().pastedCodes;
      const inputs = pastedInputs(text, (n) => t('review.pastedSource', { n: first + n }));
      store.getState().setClassReview(latest(), first + inputs.length);
      if (inputs.length > 0) run(inputs.map(fromText));
      return inputs.length > 0;
    },
    remove: (key: string, who: string) => {
      commit(removeFromReview(latest(), key));
      setNote(t('review.removed', { who }));
    },
    clear: () => {
      commit(EMPTY_REVIEW, 0);
      setNote(t('review.cleared'));
    },
  };
}
