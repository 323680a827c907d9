import { useCallback, useId, useMemo, useState } from 'react';
import type { ScheduledTalk, TalksSnapshot, Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';
import { isoToday } from '../../../../domain/schoolYear';
import type { CalendarSlot } from '../../../../domain/talks/schedule';
import { toMillis } from '../../../../domain/talks/time';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import { downloadJson, safeFilePart } from '../shared/download';
import { isAccessDenied } from '../shared/errors';
import { talkWhen } from '../shared/talkText';
import { schoolInstant } from '../shared/wallClock';
import type { TalksMode, TalksTab, TalksViewProps, TalksViewState } from './TalksView.types';

interface Loaded {
  snapshot: TalksSnapshot;
  me: StaffMember | null;
}

export function useTalksView({ className }: TalksViewProps): TalksViewState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const ui = messages.talks.ui;
  const headingId = useId();
  // Read once per visit: the list is about today, and a re-render should not move it.
  const today = useMemo(() => isoToday(), []);
  const [tab, setTab] = useState<TalksTab>('upcoming');
  const [mode, setMode] = useState<TalksMode>({ kind: 'list' });
  const [announcement, setAnnouncement] = useState('');
  const [rescheduleTarget, setRescheduleTarget] = useState<Versioned<ScheduledTalk> | null>(null);
  const [cancelTarget, setCancelTarget] = useState<Versioned<ScheduledTalk> | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const load = useCallback(async (): Promise<Loaded> => {
    // Upcoming counts from the start of today, so a talk that is on right now is still listed.
    const from = schoolInstant(today, '00:00') ?? new Date().toISOString();
    const [snapshot, me] = await Promise.all([
      tab === 'pupils'
        ? api.talks.pupils().then((pupils) => ({ talks: [], pupils }))
        : // The agreements panel's first view comes in the same $batch as the list.
          api.talks.load(tab === 'upcoming' ? { kind: 'upcoming', from } : { kind: 'organiser' }, { agreements: { kind: 'mine' } }),
      api.me(),
    ]);
    return { snapshot, me };
  }, [api, tab, today]);
  const resource = useResource(load);
  const { reload } = resource;

  // While the list is read again, the last answer stays in view.
  const [kept, setKept] = useState<Loaded | null>(null);
  if (resource.state === 'ready' && resource.data !== kept) setKept(resource.data);
  const data = resource.state === 'ready' ? resource.data : resource.state === 'loading' ? kept : null;

  const onExport = useCallback(
    (talk: Versioned<ScheduledTalk>) => {
      const pupil = talk.value.talk.pupil;
      setExporting(pupil.id);
      setExportError(null);
      api.talks.exportPupil(pupil.id).then(
        (data) => {
          downloadJson(format(ui.exportData.fileName, { pupil: safeFilePart(pupil.firstName), date: today }), data);
          setExporting(null);
          setAnnouncement(format(ui.exportData.done, { pupil: pupil.firstName }));
        },
        () => {
          setExporting(null);
          setExportError(ui.exportData.failed);
        },
      );
    },
    [api, format, ui.exportData, today],
  );

  const common = { className, headingId, heading: ui.view.heading, intro: ui.view.intro, announcement };
  if (resource.state === 'failed' && isAccessDenied(resource.error)) return { ...common, status: 'denied' };
  if (!data) {
    if (resource.state === 'failed') return { ...common, status: 'failed', error: resource.error, onRetry: reload };
    return { ...common, status: 'loading', label: ui.view.loading };
  }

  const talks = [...data.snapshot.talks].sort((a, b) =>
    tab === 'upcoming'
      ? toMillis(a.value.talk.start) - toMillis(b.value.talk.start)
      : toMillis(b.value.talk.start) - toMillis(a.value.talk.start),
  );

  return {
    ...common,
    status: 'ready',
    mode,
    today,
    me: data.me,
    pupils: data.snapshot.pupils,
    myAgreements: data.snapshot.agreements,
    refreshing: resource.state === 'loading',
    planLabel: ui.view.plan,
    onPlan: () => {
      setAnnouncement('');
      setMode({ kind: 'plan', key: Date.now() });
    },
    tabsLabel: ui.view.tabsLabel,
    tab,
    tabs: [
      { value: 'upcoming', label: ui.view.upcoming },
      { value: 'mine', label: ui.view.mine },
      { value: 'pupils', label: ui.pupils.tab },
    ],
    onTab: setTab,
    talks,
    emptyText: tab === 'upcoming' ? ui.view.emptyUpcoming : ui.view.emptyMine,
    exporting,
    exportError,
    onExport,
    onRecord: (talk) => setMode({ kind: 'record', talkId: talk.value.talk.id }),
    rescheduleTarget,
    onReschedule: setRescheduleTarget,
    onRescheduled: (stored: Versioned<ScheduledTalk>, _clashes: CalendarSlot[], moved: boolean) => {
      setRescheduleTarget(null);
      if (moved) setAnnouncement(format(ui.view.rescheduled, { when: talkWhen(stored.value.talk, i18n) }));
      reload();
    },
    cancelTarget,
    onCancelTalk: setCancelTarget,
    onCancelled: (_stored, cancelled) => {
      setCancelTarget(null);
      if (cancelled) setAnnouncement(ui.view.cancelled);
      reload();
    },
    onPlanned: (planned, clashes) => {
      setMode({ kind: 'planned', planned, clashes });
      reload();
    },
    onBack: () => {
      setMode({ kind: 'list' });
      reload();
    },
    onPupilsChanged: reload,
    onAnnounce: setAnnouncement,
  };
}
