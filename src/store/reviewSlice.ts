import { type ClassReview, EMPTY_REVIEW } from './classReview';

/**
 * The class review, kept in the app's memory so that a teacher who steps away to another page
 * (the guide, the title) finds it as they left it. It is never written to storage: a reload or a
 * closed tab forgets it, and the page says so.
 */
export interface ReviewSlice {
  classReview: ClassReview;
  /** Codes pasted so far, so that "pasted code N" stays unique while the review lasts. */
  pastedCodes: number;
  setClassReview(review: ClassReview, pastedCodes?: number): void;
}

export function createReviewSlice(set: (partial: Partial<ReviewSlice>) => void): ReviewSlice {
  return {
    classReview: EMPTY_REVIEW,
    pastedCodes: 0,
    setClassReview: (classReview, pastedCodes) =>
      set(pastedCodes === undefined ? { classReview } : { classReview, pastedCodes }),
  };
}
