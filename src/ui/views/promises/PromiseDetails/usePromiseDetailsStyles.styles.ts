import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(640px, calc(100vw - 16px))', boxSizing: 'border-box' },
  title: { overflowWrap: 'anywhere' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  line: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  multiline: { whiteSpace: 'pre-line' },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  actions: { flexWrap: 'wrap', justifyContent: 'flex-end' },
});

export type PromiseDetailsClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePromiseDetailsStyles(): PromiseDetailsClasses {
  return useStyles();
}
