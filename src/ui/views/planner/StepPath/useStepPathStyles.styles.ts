import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { StepPathState } from './StepPath.types';

export const stepPathClassNames = { root: 'driehoek-StepPath' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  round: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  button: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'start',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    // Hover changes the frame only: in high contrast a hover background would swallow the text.
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStroke1Hover,
      borderInlineEndColor: tokens.colorNeutralStroke1Hover,
    },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  done: { borderInlineStartColor: tokens.colorPaletteGreenBorderActive },
  current: { borderInlineStartColor: tokens.colorBrandStroke1 },
  upcoming: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  /** The open step: a brand frame, visible in light, dark and high contrast alike. */
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%' },
  title: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});

export type StepPathClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useStepPathStyles(state: StepPathState): StepPathClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(stepPathClassNames.root, styles.root, state.className) };
}
