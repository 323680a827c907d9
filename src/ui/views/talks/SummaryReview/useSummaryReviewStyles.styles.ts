import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { SummaryReviewState } from './SummaryReview.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { ...typographyStyles.body1, margin: 0 },
  meta: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXS },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  previewLabel: { ...typographyStyles.body1Strong, margin: 0 },
  preview: {
    ...typographyStyles.body1,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    maxHeight: '24rem',
    overflowY: 'auto',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export type SummaryReviewClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useSummaryReviewStyles(state: SummaryReviewState): SummaryReviewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-SummaryReview', styles.root, state.className) };
}
