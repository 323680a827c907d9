import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { TimelineViewState } from './TimelineView.types';

export const timelineViewClassNames = { root: 'driehoek-TimelineView' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    minWidth: 0,
    maxWidth: '1200px',
  },
  heading: { ...typographyStyles.title2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '60ch' },
  status: { alignSelf: 'flex-start', maxWidth: '640px' },
  /** The summary and the chart side by side on a wide tab, stacked in a narrow one. */
  overview: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'stretch' },
  glance: { flexGrow: 1, flexShrink: 1, flexBasis: '16rem' },
  chart: { flexGrow: 3, flexShrink: 1, flexBasis: '24rem' },
});

export type TimelineViewClasses = Record<keyof ReturnType<typeof useStyles> | 'visuallyHidden', string>;

export function useTimelineViewStyles(state: TimelineViewState): TimelineViewClasses {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  return {
    ...styles,
    root: mergeClasses(timelineViewClassNames.root, styles.root, state.className),
    visuallyHidden: hidden.root,
  };
}
