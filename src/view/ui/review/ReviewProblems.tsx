import { REVIEW_MAX, type ReviewProblem } from '../../../store/classReview';
import { t } from '../../strings/en';
import { resultProblemText } from '../fileProblemText';

function problemText(problem: ReviewProblem): string {
  switch (problem.kind) {
    case 'invalid':
      return t('review.problem.invalid', {
        source: problem.source,
        reason: resultProblemText(problem.problem),
      });
    case 'duplicate':
      return t('review.problem.duplicate', { source: problem.source, sameAs: problem.sameAs });
    case 'oversized':
      return t('review.problem.oversized', { source: problem.source });
    case 'full':
      return problem.more === 0
        ? t('review.problem.full', { source: problem.source, limit: REVIEW_MAX })
        : t('review.problem.fullMore', { source: problem.source, more: problem.more, limit: REVIEW_MAX });
  }
}

/**
 * Inputs that were not counted, each named by its source (shown as text, never markup), in a
 * live region so a screen reader hears each problem as it is found.
 */
export function ReviewProblems({ problems }: { readonly problems: readonly ReviewProblem[] }) {
  return (
    // Not atomic: a screen reader hears each problem as it is added, not the whole list again.
    <div class="review-problems" role="status" aria-atomic="false">
      {problems.length > 0 && (
        <div class="callout callout--danger">
          <h3>{t('review.problemsHeading')}</h3>
          <ul>
            {/* Problems are only ever appended, so a problem's index is a stable key. */}
            {problems.map((problem, i) => (
              <li key={i}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
