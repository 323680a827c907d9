import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { CycleSummaryState } from './CycleSummary.types';

export const cycleSummaryClassNames = { root: 'driehoek-CycleSummary', dream: 'driehoek-CycleSummary__dream' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  eyebrow: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorBrandForeground1 },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { ...typographyStyles.title2, margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  fact: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  dreamBlock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  dream: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '72ch',
    whiteSpace: 'pre-line',
    overflowWrap: 'anywhere',
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    fontStyle: 'italic',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  theirs: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  theirsTerm: { ...typographyStyles.caption1Strong },
  theirsDream: { whiteSpace: 'pre-line' },
});

export type CycleSummaryClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useCycleSummaryStyles(state: CycleSummaryState): CycleSummaryClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(cycleSummaryClassNames.root, styles.root, state.className),
    dream: mergeClasses(cycleSummaryClassNames.dream, styles.dream),
  };
}
