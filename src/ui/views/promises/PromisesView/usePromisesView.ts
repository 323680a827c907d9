import { useCallback, useId, useMemo, useState } from 'react';
import type { CommitmentsSnapshot, CommitmentView, TimelineSnapshot } from '../../../../data/api';
import { isCoachOrManagement, type StaffMember } from '../../../../domain/people';
import { isoToday } from '../../../../domain/schoolYear';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { PromiseTabKind } from '../PromiseTab/PromiseTab.types';
import { commitmentViewOf, type FirstList, initialBouw, type TrackerContext } from '../shared/tracker';
import type { PromisesTab, PromisesTabEntry, PromisesViewProps, PromisesViewState } from './PromisesView.types';

interface Loaded {
  me: StaffMember | null;
  timeline: TimelineSnapshot;
  first: FirstList;
}

/** Hands out the view's own read of the first list once, to the list it was read for. */
function firstList(view: CommitmentView, snapshot: CommitmentsSnapshot | null): FirstList {
  let left = snapshot;
  return {
    take(asked) {
      if (!left || JSON.stringify(asked) !== JSON.stringify(view)) return null;
      const given = left;
      left = null;
      return given;
    },
  };
}

/** Which views a person has: support requests are for the IB and MT only (who asked is theirs to see). */
function tabsFor(me: StaffMember | null): PromisesTab[] {
  if (!me) return ['group', 'checkIn', 'overdue', 'agreements'];
  const lead = isCoachOrManagement(me.role);
  return [
    'mine',
    'group',
    'checkIn',
    ...(lead ? (['support'] as const) : []),
    'overdue',
    'agreements',
    ...(lead || me.inChangeTeam ? (['digest'] as const) : []),
  ];
}

export function usePromisesView({ className }: PromisesViewProps): PromisesViewState {
  const api = useDataApi();
  const { messages } = useI18n();
  const t = messages.planner.commitment;
  const v = messages.planner.views;
  const id = useId();
  const headingId = `${id}-heading`;
  const eyebrowId = `${id}-eyebrow`;
  // Read once per visit: the view is about today, and a re-render should not move it.
  const today = useMemo(() => isoToday(), []);

  // The active cycle, its meetings and the first list in one read (the person is known from sign-in).
  const load = useCallback(async (): Promise<Loaded> => {
    const me = await api.me();
    const kind = tabsFor(me)[0] as PromiseTabKind;
    const view = commitmentViewOf(kind, initialBouw(me), today);
    const { timeline, snapshot } = await api.commitments.openActive(view);
    return { me, timeline, first: firstList(view, snapshot) };
  }, [api, today]);
  const resource = useResource(load);

  const [chosen, setChosen] = useState<PromisesTab | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [listKey, setListKey] = useState(0);

  const data = resource.state === 'ready' ? resource.data : null;
  const context = useMemo<TrackerContext | null>(() => {
    const cycle = data?.timeline.cycle;
    if (!data || !cycle) return null;
    return {
      me: data.me,
      cycle,
      meetings: data.timeline.meetings.filter((m) => m.cycleId === cycle.id),
      today,
    };
  }, [data, today]);

  const common = { className, headingId, heading: t.heading };
  if (resource.state === 'loading') return { ...common, status: 'loading', loadingLabel: t.loading };
  if (resource.state === 'failed') return { ...common, status: 'failed', error: resource.error, onRetry: resource.reload };
  if (!data || !context) return { ...common, status: 'empty', emptyText: t.noCycle };

  const me = context.me;
  const names: Record<PromisesTab, string> = {
    mine: v.mine,
    group: me?.bouw && !isCoachOrManagement(me.role) ? v.myGroup : v.byBouw,
    checkIn: v.checkIn,
    support: v.supportRequests,
    overdue: v.overdue,
    agreements: v.agreements,
    digest: v.digest,
  };
  const tabs: PromisesTabEntry[] = tabsFor(me).map((value) => ({
    value,
    label: names[value],
    tabId: `${id}-tab-${value}`,
    panelId: `${id}-panel-${value}`,
  }));
  const selected = tabs.find((tab) => tab.value === chosen) ?? (tabs[0] as PromisesTabEntry);

  return {
    ...common,
    status: 'ready',
    eyebrowId,
    cycleTitle: context.cycle.title,
    intro: t.intro,
    context,
    first: data.first,
    newLabel: me ? t.new : null,
    onNew: () => {
      setNotice(null);
      setFormOpen(true);
    },
    form: formOpen
      ? {
          context,
          onCreated: () => {
            setFormOpen(false);
            setNotice(t.saved);
            setListKey((k) => k + 1);
          },
          onCancel: () => setFormOpen(false),
        }
      : null,
    notice,
    dismissLabel: t.close,
    onDismissNotice: () => setNotice(null),
    tabsLabel: v.label,
    tabs,
    selected,
    onSelect: setChosen,
    listKey,
  };
}
