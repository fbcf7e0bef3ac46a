import { useMemo, useState } from 'preact/hooks';
import { orderedRows, type ReviewOrder, reviewSummary } from '../../../store/classReview';
import { t } from '../../strings/en';
import { BackToTitleButton } from '../BackToTitleButton';
import { ReviewChart } from './ReviewChart';
import { ReviewInputs } from './ReviewInputs';
import { ReviewProblems } from './ReviewProblems';
import { ReviewSummary } from './ReviewSummary';
import { type NumberedRow, ReviewTable, rowName } from './ReviewTable';
import { useClassReview } from './useClassReview';

const ORDERS: readonly { readonly id: ReviewOrder; readonly label: () => string }[] = [
  { id: 'added', label: () => t('review.order.added') },
  { id: 'takedown', label: () => t('review.order.takedown') },
  { id: 'score', label: () => t('review.order.score') },
];

/** A teacher's page: the class's exported results side by side, read and replayed in this browser only. */
export function ClassReviewScreen() {
  const { review, progress, note, addFiles, addPasted, remove, clear } = useClassReview();
  const [order, setOrder] = useState<ReviewOrder>('added');
  const numbered: NumberedRow[] = useMemo(
    () => review.rows.map((row, i) => ({ number: i + 1, row })),
    [review.rows],
  );
  const shown = useMemo(() => {
    const position = new Map(numbered.map((n) => [n.row.key, n]));
    return orderedRows(review.rows, order).map((row) => position.get(row.key) as NumberedRow);
  }, [numbered, review.rows, order]);
  const summary = useMemo(() => reviewSummary(review.rows), [review.rows]);
  const hasRows = review.rows.length > 0;
  // The button pressed goes away with its row (or with every row): focus moves to the results' heading.
  const focusResults = () => document.getElementById('review-results-heading')?.focus();

  return (
    <section class="screen review-screen" aria-labelledby="review-heading">
      <h2 id="review-heading" data-autofocus tabIndex={-1}>
        {t('title.review')}
      </h2>
      <p class="review-controls">{t('review.intro')}</p>
      <p class="callout review-private">{t('review.private')}</p>
      <ReviewInputs onFiles={addFiles} onPaste={addPasted} />
      <p class="review-status review-controls" role="status">
        {progress === null ? note : t('review.reading', { done: progress.done, total: progress.total })}
      </p>
      <ReviewProblems problems={review.problems} />
      <section class="review-results" aria-labelledby="review-results-heading">
        <div class="review-results__head">
          <h3 id="review-results-heading" tabIndex={-1}>
            {t('review.resultsHeading')}
          </h3>
          {hasRows && (
            <label class="review-field review-field--inline review-controls" for="review-order">
              <span>{t('review.order')}</span>
              <select
                id="review-order"
                value={order}
                onChange={(e) => setOrder((e.currentTarget as HTMLSelectElement).value as ReviewOrder)}
              >
                {ORDERS.map(({ id, label }) => (
                  <option key={id} value={id}>
                    {label()}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {hasRows ? (
          <>
            <ReviewSummary summary={summary} />
            <ReviewTable
              rows={shown}
              scenario={summary.scenarios === 1 ? review.rows[0].scenarioName : null}
              onRemove={(n) => {
                remove(n.row.key, rowName(n));
                focusResults();
              }}
            />
            <ReviewChart rows={numbered} />
          </>
        ) : (
          <p>{t('review.empty')}</p>
        )}
      </section>
      <div class="actions review-controls">
        {hasRows && (
          <button type="button" class="button" onClick={() => window.print()}>
            {t('review.print')}
          </button>
        )}
        {hasRows && (
          <button
            type="button"
            class="button button--danger"
            onClick={() => {
              clear();
              focusResults();
            }}
          >
            {t('review.clear')}
          </button>
        )}
        <BackToTitleButton variant="primary" />
      </div>
    </section>
  );
}
