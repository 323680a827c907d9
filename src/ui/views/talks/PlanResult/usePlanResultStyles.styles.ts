import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PlanResultState } from './PlanResult.types';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '720px',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { ...typographyStyles.title3, margin: 0 },
  title: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere' },
  text: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  linkBox: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { ...typographyStyles.body1Strong },
  join: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  /** The raw link, for copying into a letter; quiet, it is not what people read. */
  url: {
    ...typographyStyles.caption1,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: 'anywhere',
    wordBreak: 'break-all',
    userSelect: 'all',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type PlanResultClasses = Record<keyof ReturnType<typeof useStyles> | 'visuallyHidden', string>;

export function usePlanResultStyles(state: PlanResultState, visuallyHidden: string): PlanResultClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-PlanResult', styles.root, state.className), visuallyHidden };
}
