import { renderSummaryReview } from './renderSummaryReview';
import type { SummaryReviewProps } from './SummaryReview.types';
import { useSummaryReview } from './useSummaryReview';
import { useSummaryReviewStyles } from './useSummaryReviewStyles.styles';

/**
 * After the talk: the summary for the parents (agreements and shareable notes only) shown for
 * review exactly as it will be sent, then sent to every parent.
 */
export function SummaryReview(props: SummaryReviewProps) {
  const state = useSummaryReview(props);
  const classes = useSummaryReviewStyles(state);
  return renderSummaryReview(state, classes);
}
