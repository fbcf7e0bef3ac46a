import type { ReviewSummary as Summary } from '../../../store/classReview';
import { t } from '../../strings/en';
import { formatCount, formatDecimal } from '../format';

/** The class's figures in a few lines: how many runs, the typical takedown day and score. */
export function ReviewSummary({ summary }: { readonly summary: Summary }) {
  const figures: readonly [string, string][] = [
    [t('review.summary.results'), formatCount(summary.results)],
    [
      t('review.summary.medianTakedown'),
      summary.medianTakedownDay === null
        ? t('review.summary.noTakedowns')
        : formatDecimal(summary.medianTakedownDay),
    ],
    [
      t('review.summary.medianScore'),
      summary.medianScore === null ? t('review.none') : formatDecimal(summary.medianScore),
    ],
    [
      t('review.summary.exposed'),
      t('review.summary.ofRuns', {
        count: formatCount(summary.exposed),
        total: formatCount(summary.results),
      }),
    ],
    [t('review.summary.livesLost'), formatCount(summary.livesLost)],
    [t('review.summary.scenarios'), formatCount(summary.scenarios)],
  ];
  return (
    <section class="review-summary" aria-labelledby="review-summary-heading">
      <h3 id="review-summary-heading">{t('review.summaryHeading')}</h3>
      <dl class="review-summary__figures">
        {figures.map(([label, value]) => (
          <div key={label} class="review-summary__figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
