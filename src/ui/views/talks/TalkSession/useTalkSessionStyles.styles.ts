import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TalkSessionState } from './TalkSession.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  page: { maxWidth: '1100px' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  eyebrow: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorBrandForeground1 },
  title: { ...typographyStyles.subtitle1, margin: 0, overflowWrap: 'anywhere' },
  pageTitle: { ...typographyStyles.title2 },
  meta: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  headerActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  /** One column in the side panel; two where a tab has room. */
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    minWidth: 0,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
});

export type TalkSessionClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useTalkSessionStyles(state: TalkSessionState): TalkSessionClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses('driehoek-TalkSession', styles.root, state.layout === 'page' && styles.page, state.className),
    title: mergeClasses(styles.title, state.layout === 'page' && styles.pageTitle),
  };
}
