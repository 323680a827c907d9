import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TimelineSnapshot, Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { MeetingFigures } from '../../../../domain/dashboard/progress';
import type { StepRecord } from '../../../../domain/goals';
import { groupTimeline, type Meeting, scoreTrend } from '../../../../domain/meetings';
import { isoToday } from '../../../../domain/schoolYear';
import { nextMeetingSuggestion, timelineCounts } from '../../../../domain/timeline';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { MeetingEditorTarget } from '../MeetingEditor/MeetingEditor.types';
import type { TimelineViewProps, TimelineViewReady, TimelineViewState } from './TimelineView.types';

type Derived = Pick<
  TimelineViewReady,
  'cycle' | 'meetings' | 'years' | 'yearFigures' | 'monthFigures' | 'trend' | 'suggestion'
>;

/**
 * The steps done in the cycle's current round, in the shape nextMeetingSuggestion reads. The
 * timeline snapshot carries the cycle (whose stepsDone the planner keeps in step with its step
 * records) but not the records themselves; the suggestion only asks which steps of the round
 * are done, and that is exactly stepsDone.
 */
function stepsDoneAsRecords(cycle: ChangeCycle): StepRecord[] {
  return cycle.stepsDone.map((step) => ({
    id: `${cycle.id}-done-${step}`,
    cycleId: cycle.id,
    round: cycle.round,
    step,
    date: '',
    items: [],
    notes: '',
  }));
}

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
    suggestion: nextMeetingSuggestion(cycle, meetings, stepsDoneAsRecords(cycle), today),
  };
}

/** Meetings saved in this session, shown over the snapshot they were saved on until it is read again. */
interface Saved {
  base: TimelineSnapshot;
  meetings: Meeting[];
}

function withSaved(snapshot: TimelineSnapshot, saved: Saved | null): TimelineSnapshot {
  if (!saved || saved.base !== snapshot) return snapshot;
  const byId = new Map(saved.meetings.map((m) => [m.id, m]));
  const kept = snapshot.meetings.map((m) => byId.get(m.id) ?? m);
  const added = saved.meetings.filter((m) => !snapshot.meetings.some((s) => s.id === m.id));
  return { ...snapshot, meetings: [...kept, ...added] };
}

export function useTimelineView({ className }: TimelineViewProps): TimelineViewState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages } = i18n;
  const load = useCallback(() => api.timeline.load(), [api]);
  const resource = useResource(load);
  const { reload } = resource;
  // Read once per mount: the view is about today, and a re-render should not move it.
  const today = useMemo(() => isoToday(), []);
  const id = useId();
  const headingId = `${id}-heading`;
  const eyebrowId = `${id}-eyebrow`;
  const planNextButtonId = `${id}-plan-next`;
  const editButtonId = useCallback((meetingId: string) => `${id}-edit-${meetingId}`, [id]);

  // While the timeline is read again after a save, the last answer stays in view (so the list,
  // and the button focus returns to, do not disappear under a spinner).
  const [kept, setKept] = useState<TimelineSnapshot | null>(null);
  if (resource.state === 'ready' && resource.data !== kept) setKept(resource.data);
  const answer = resource.state === 'ready' ? resource.data : resource.state === 'loading' ? kept : null;
  const refreshing = resource.state === 'loading' && kept !== null;

  const [saved, setSaved] = useState<Saved | null>(null);
  const data = useMemo(() => (answer ? withSaved(answer, saved) : null), [answer, saved]);
  const derived = useMemo(() => (data ? derive(data, today) : null), [data, today]);

  const [editor, setEditor] = useState<MeetingEditorTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** Where focus goes when the dialog closes; after a save, kept until the timeline was read again. */
  const returnFocusTo = useRef<{ id: string; savedOn: TimelineSnapshot | null; done?: boolean } | null>(null);

  const remember = useCallback(
    (stored: Versioned<Meeting>) => {
      if (!answer) return;
      setSaved((prev) => ({
        base: answer,
        meetings: [...(prev?.base === answer ? prev.meetings : []).filter((m) => m.id !== stored.value.id), stored.value],
      }));
      reload();
    },
    [answer, reload],
  );

  const t = messages.planner.timeline;
  const onEditorSaved = useCallback(
    (stored: Versioned<Meeting>) => {
      remember(stored);
      if (returnFocusTo.current) returnFocusTo.current.savedOn = answer;
      setEditor(null);
      setAnnouncement(i18n.format(t.saved, { title: stored.value.title }));
    },
    [remember, answer, i18n, t],
  );
  const onEditorClose = useCallback(() => setEditor(null), []);

  const onEdit = useCallback(
    (meetingId: string) => {
      const meeting = derived?.meetings.find((m) => m.id === meetingId);
      if (!meeting) return;
      returnFocusTo.current = { id: editButtonId(meetingId), savedOn: null };
      setAnnouncement('');
      setEditor({ mode: 'edit', meeting });
    },
    [derived, editButtonId],
  );

  const onPlanNext = useCallback(() => {
    if (!derived) return;
    const { cycle, suggestion } = derived;
    returnFocusTo.current = { id: planNextButtonId, savedOn: null };
    setAnnouncement('');
    setEditor({
      mode: 'create',
      meeting: {
        // Made once per dialog: a save that is retried stays one meeting (ClientKey).
        id: crypto.randomUUID(),
        cycleId: cycle.id,
        type: suggestion.type,
        title: messages.shell.meetingTypes[suggestion.type],
        date: suggestion.date,
        purpose: '',
        stepsCovered: [...suggestion.steps],
        minutes: '',
        status: 'planned',
      },
    });
  }, [derived, planNextButtonId, messages]);

  // Focus goes back to the button that opened the dialog: once it has closed, and again when the
  // timeline read after the save is drawn (a meeting moved to another month is a new element).
  useEffect(() => {
    const target = returnFocusTo.current;
    if (editor || !target) return;
    // Done once the timeline shows what was saved (or nothing was saved, or reading failed).
    const last = target.savedOn === null || (answer !== target.savedOn && !refreshing) || resource.state === 'failed';
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(target.id);
      if (element) {
        const active = element.ownerDocument.activeElement;
        // The first time always; later only when focus was lost (the button was drawn anew), so
        // a person who moved on meanwhile is not pulled back.
        if (!target.done || !active || active === element.ownerDocument.body) element.focus();
        target.done = true;
      }
      if (last && returnFocusTo.current === target) returnFocusTo.current = null;
    });
    return () => cancelAnimationFrame(frame);
  }, [editor, refreshing, answer, derived, resource.state]);

  const common = { className, headingId, eyebrowId, labelledBy: headingId, heading: t.heading };

  if (answer) {
    return derived
      ? {
          ...common,
          labelledBy: `${eyebrowId} ${headingId}`,
          status: 'ready',
          today,
          ...derived,
          refreshing,
          planNextButtonId,
          onPlanNext,
          onEdit,
          editButtonId,
          editor,
          onEditorSaved,
          onEditorClose,
          onTheirsTaken: remember,
          announcement,
        }
      : { ...common, status: 'empty', emptyText: t.noCycle };
  }
  switch (resource.state) {
    case 'failed':
      return { ...common, status: 'failed', error: resource.error, onRetry: reload };
    default:
      return { ...common, status: 'loading', loadingLabel: t.loading };
  }
}
