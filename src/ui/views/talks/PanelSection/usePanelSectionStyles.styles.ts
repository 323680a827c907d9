import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { PanelSectionState } from './PanelSection.types';

const useStyles = makeStyles({
  root: {
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  button: {
    ...typographyStyles.subtitle2,
    display: 'flex',
    width: '100%',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ...shorthands.border('0'),
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  chevron: { flexShrink: 0, transition: 'transform 120ms', color: tokens.colorNeutralForeground3 },
  chevronOpen: { transform: 'rotate(90deg)' },
  region: {
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  /** `hidden` alone loses to display:flex. */
  closed: { display: 'none' },
});

export type PanelSectionClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePanelSectionStyles(state: PanelSectionState): PanelSectionClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses('driehoek-PanelSection', styles.root, state.className),
    chevron: mergeClasses(styles.chevron, state.open && styles.chevronOpen),
    region: mergeClasses(styles.region, !state.open && styles.closed),
  };
}
