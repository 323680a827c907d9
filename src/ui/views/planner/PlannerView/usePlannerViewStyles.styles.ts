import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PlannerViewState } from './PlannerView.types';

export const plannerViewClassNames = { root: 'driehoek-PlannerView' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    minWidth: 0,
    maxWidth: '1200px',
  },
  heading: { ...typographyStyles.title2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '60ch' },
  status: { alignSelf: 'flex-start', maxWidth: '640px' },
  /** The path and the open step side by side on a wide tab, stacked in a narrow one. */
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  path: { flexGrow: 1, flexShrink: 1, flexBasis: '17rem', maxWidth: '100%', minWidth: 0 },
  panel: { flexGrow: 3, flexShrink: 1, flexBasis: '28rem', maxWidth: '100%', minWidth: 0 },
  notice: { alignSelf: 'stretch' },
});

export type PlannerViewClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePlannerViewStyles(state: PlannerViewState): PlannerViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(plannerViewClassNames.root, styles.root, state.className) };
}
