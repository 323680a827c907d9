import { useCallback, useId, useMemo } from 'react';
import type { TimelineSnapshot } from '../../../../data/api';
import type { MeetingFigures } from '../../../../domain/dashboard/progress';
import { groupTimeline, scoreTrend } from '../../../../domain/meetings';
import { isoToday } from '../../../../domain/schoolYear';
import { timelineCounts } from '../../../../domain/timeline';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { TimelineViewProps, TimelineViewReady, TimelineViewState } from './TimelineView.types';

type Derived = Pick<TimelineViewReady, 'cycle' | 'meetings' | 'years' | 'yearFigures' | 'monthFigures' | 'trend'>;

/** Everything the view shows, derived once per snapshot with the domain's helpers. */
function derive(snapshot: TimelineSnapshot, today: string): Derived | null {
  const { cycle } = snapshot;
  if (!cycle) return null;
  const meetings = snapshot.meetings.filter((m) => m.cycleId === cycle.id);
  const counts = timelineCounts(meetings, cycle.id, today);
  const monthFigures = new Map<string, MeetingFigures>(
    counts.flatMap((year) => year.months.map((m) => [m.month, m.figures] as const)),
  );
  return {
    cycle,
    meetings,
    years: groupTimeline(meetings),
    yearFigures: counts.find((y) => y.schoolYear === cycle.schoolYear)?.figures ?? null,
    monthFigures,
    trend: scoreTrend(meetings),
  };
}

export function useTimelineView({ className }: TimelineViewProps): TimelineViewState {
  const api = useDataApi();
  const { messages } = useI18n();
  const load = useCallback(() => api.timeline.load(), [api]);
  const resource = useResource(load);
  // Read once per mount: the view is about today, and a re-render should not move it.
  const today = useMemo(() => isoToday(), []);
  const id = useId();
  const headingId = `${id}-heading`;
  const eyebrowId = `${id}-eyebrow`;

  const data = resource.state === 'ready' ? resource.data : null;
  const derived = useMemo(() => (data ? derive(data, today) : null), [data, today]);

  const t = messages.planner.timeline;
  const common = { className, headingId, eyebrowId, labelledBy: headingId, heading: t.heading };

  switch (resource.state) {
    case 'loading':
      return { ...common, status: 'loading', loadingLabel: t.loading };
    case 'failed':
      return { ...common, status: 'failed', error: resource.error, onRetry: resource.reload };
    case 'ready':
      return derived
        ? { ...common, labelledBy: `${eyebrowId} ${headingId}`, status: 'ready', today, ...derived }
        : { ...common, status: 'empty', emptyText: t.noCycle };
  }
}
