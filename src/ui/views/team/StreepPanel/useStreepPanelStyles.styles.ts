import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { StreepPanelState } from './StreepPanel.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, paddingTop: tokens.spacingVerticalM },
  compact: { gap: tokens.spacingVerticalM, paddingTop: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch' },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  statements: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  statement: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  statementText: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  result: { ...typographyStyles.body1, margin: 0 },
  withheld: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  /** Share agreeing as a bar; the sentence beside it says the same in words. */
  split: { display: 'flex', height: '8px', borderRadius: tokens.borderRadiusMedium, overflow: 'hidden', backgroundColor: tokens.colorNeutralStroke1, forcedColorAdjust: 'none', '@media (forced-colors: active)': { backgroundColor: 'Canvas', border: '1px solid CanvasText' } },
  agreeBar: { height: '100%', backgroundColor: tokens.colorBrandBackground, '@media (forced-colors: active)': { backgroundColor: 'CanvasText' } },
  room: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  number: { width: '6em' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  rowText: { flexGrow: 1, flexBasis: '16em', overflowWrap: 'anywhere', ...typographyStyles.body1 },
  pastText: { ...typographyStyles.body1, overflowWrap: 'anywhere' },
  select: { width: '100%', minWidth: 0 },
  fieldset: { minWidth: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  grow: { flexGrow: 1, minWidth: 0 },
  start: { alignSelf: 'flex-start' },
});

export type StreepPanelClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useStreepPanelStyles(state: StreepPanelState): StreepPanelClasses {
  const styles = useStyles();
  const compact = state.status === 'ready' && state.compact;
  return { ...styles, root: mergeClasses('driehoek-StreepPanel', styles.root, compact && styles.compact) };
}
