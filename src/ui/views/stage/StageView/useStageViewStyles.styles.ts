import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { StageViewState } from './StageView.types';

/** Read from across a room or on a shared screen: large type, wide spacing, two columns when there is room. */
const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '70ch' },
  heading: { ...typographyStyles.largeTitle, margin: 0 },
  intro: { ...typographyStyles.subtitle2, margin: 0, color: tokens.colorNeutralForeground2 },
  purpose: { ...typographyStyles.body2, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    gap: tokens.spacingHorizontalXXXL,
    alignItems: 'start',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  sectionHeading: { ...typographyStyles.title2, margin: 0 },
  agenda: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  agendaItem: { ...typographyStyles.subtitle1, overflowWrap: 'anywhere' },
  minutes: { ...typographyStyles.body1, display: 'block', color: tokens.colorNeutralForeground3 },
  total: { ...typographyStyles.body1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  glossary: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  term: { ...typographyStyles.subtitle1, color: tokens.colorBrandForeground1 },
  plain: { ...typographyStyles.body2, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, margin: 0 },
});

export type StageViewClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useStageViewStyles(state: StageViewState): StageViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-StageView', styles.root, state.className) };
}
