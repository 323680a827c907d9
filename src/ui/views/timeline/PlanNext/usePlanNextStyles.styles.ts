import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PlanNextState } from './PlanNext.types';

export const planNextClassNames = { root: 'driehoek-PlanNext' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flexBasis: '20rem', flexGrow: 1 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  suggestion: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

export type PlanNextClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePlanNextStyles(state: PlanNextState): PlanNextClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(planNextClassNames.root, styles.root, state.className) };
}
