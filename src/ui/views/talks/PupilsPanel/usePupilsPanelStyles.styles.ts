import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PupilsPanelState } from './PupilsPanel.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '70ch', color: tokens.colorNeutralForeground2 },
  tableWrap: { overflowX: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  left: { color: tokens.colorNeutralForeground3 },
  narrow: { width: '16%' },
  actionsColumn: { width: '36%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  retention: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dialogBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export type PupilsPanelClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePupilsPanelStyles(state: PupilsPanelState): PupilsPanelClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-PupilsPanel', styles.root, state.className) };
}
