import type { TimelineViewProps } from './TimelineView.types';
import { renderTimelineView } from './renderTimelineView';
import { useTimelineView } from './useTimelineView';
import { useTimelineViewStyles } from './useTimelineViewStyles.styles';

/**
 * The tijdspad: the active cycle's dream, planned vs held at a glance, the score toward the
 * dream over time, and every meeting per school year and month. Loads its own data.
 */
export function TimelineView(props: TimelineViewProps = {}) {
  const state = useTimelineView(props);
  const classes = useTimelineViewStyles(state);
  return renderTimelineView(state, classes);
}
