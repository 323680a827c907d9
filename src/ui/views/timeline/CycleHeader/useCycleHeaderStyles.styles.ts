import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { CycleHeaderState } from './CycleHeader.types';

export const cycleHeaderClassNames = {
  root: 'driehoek-CycleHeader',
  dream: 'driehoek-CycleHeader__dream',
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  eyebrow: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorBrandForeground1 },
  title: { ...typographyStyles.title2, margin: 0, overflowWrap: 'anywhere' },
  facts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  fact: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0 },
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
});

export type CycleHeaderClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useCycleHeaderStyles(state: CycleHeaderState): CycleHeaderClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(cycleHeaderClassNames.root, styles.root, state.className),
    dream: mergeClasses(cycleHeaderClassNames.dream, styles.dream),
  };
}
