import { useCallback, useMemo, useRef, useState } from 'react';
import type { CommitmentsSnapshot } from '../../../../data/api';
import { BOUWEN, type Bouw, isCoachOrManagement } from '../../../../domain/people';
import { overdue, supportRequests } from '../../../../domain/tracking';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { PromiseRowData } from '../PromiseList/PromiseList.types';
import { byId, countText, dueText, overdueText, statusText, supportText } from '../shared/describe';
import { applyChanges, commitmentViewOf, initialBouw, type StoredCommitment } from '../shared/tracker';
import type { PromiseTabKind, PromiseTabProps, PromiseTabState } from './PromiseTab.types';

/**
 * The order a list is read in. Overdue: the longest overdue first (domain: overdue); support:
 * the requests still open (domain: supportRequests), soonest due first; mine and the bouw: what
 * is still open by due date, then what was reported, latest first.
 */
function ordered(kind: PromiseTabKind, items: readonly StoredCommitment[], today: string): StoredCommitment[] {
  const byStored = new Map(items.map((i) => [i.value, i]));
  const values = items.map((i) => i.value);
  const back = (list: typeof values) => list.map((v) => byStored.get(v) as StoredCommitment);
  switch (kind) {
    case 'overdue':
      return back(overdue(values, today));
    case 'support':
      return back(supportRequests(values).sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
    default: {
      const open = values.filter((v) => v.status === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      const done = values.filter((v) => v.status !== 'open').sort((a, b) => b.dueDate.localeCompare(a.dueDate));
      return back([...open, ...done]);
    }
  }
}

export function usePromiseTab({ kind, context, first, label, className }: PromiseTabProps): PromiseTabState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages } = i18n;
  const t = messages.planner.commitment;
  const v = messages.planner.views;
  const { me, cycle, today } = context;

  const chooses = !me?.bouw || isCoachOrManagement(me.role);
  const [bouw, setBouw] = useState<Bouw>(initialBouw(me));

  const load = useCallback(() => {
    const view = commitmentViewOf(kind, bouw, today);
    const given = first?.take(view);
    return given ? Promise.resolve(given) : api.commitments.load(cycle.id, view);
  }, [api, cycle.id, kind, bouw, today, first]);
  const resource = useResource<CommitmentsSnapshot>(load);

  const [changes, setChanges] = useState<ReadonlyMap<string, StoredCommitment>>(new Map());
  // The last opened promise stays mounted while its dialog closes.
  const [openId, setOpenId] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  // The row that opened the dialog gets the focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const closeDetails = useCallback(() => {
    setDetailsOpen(false);
    const row = opener.current;
    opener.current = null;
    if (row) setTimeout(() => row.isConnected && row.focus(), 0);
  }, []);

  const data = resource.state === 'ready' ? resource.data : null;
  const base = useMemo(() => (data ? ordered(kind, data.commitments, today) : []), [data, kind, today]);
  const items = useMemo(() => applyChanges(base, changes), [base, changes]);
  const meetings = useMemo(() => byId([...context.meetings, ...(data?.meetings.map((m) => m.value) ?? [])]), [context.meetings, data]);
  const goals = useMemo(() => byId(data?.goals.map((g) => g.value) ?? []), [data]);
  const fullContext = useMemo(() => ({ ...context, meetings: [...meetings.values()] }), [context, meetings]);

  const rows = useMemo(
    () =>
      items.map(
        ({ value: c }): PromiseRowData => ({
          id: c.id,
          text: c.text,
          owner: c.ownerName,
          due: dueText(c, meetings, i18n),
          status: c.status,
          statusLabel: statusText(c, i18n),
          overdueLabel: overdueText(c, today, i18n),
          supportLabel: supportText(c, i18n),
        }),
      ),
    [items, meetings, i18n, today],
  );

  const remember = useCallback((updated: StoredCommitment, successor?: StoredCommitment) => {
    setChanges((current) => {
      const next = new Map(current);
      next.set(updated.value.id, updated);
      if (successor) next.set(successor.value.id, successor);
      return next;
    });
  }, []);

  const intro = { mine: v.mineIntro, group: v.groupIntro, support: v.supportIntro, overdue: v.overdueIntro }[kind];
  const common = {
    className,
    intro,
    bouwPicker:
      kind === 'group' && chooses
        ? {
            label: t.bouw,
            value: bouw,
            options: BOUWEN.map((b) => ({ value: b, label: messages.planner.digest.bouw[b] })),
            onChange: (value: Bouw) => {
              setChanges(new Map());
              setOpenId(null);
              setDetailsOpen(false);
              setBouw(value);
            },
          }
        : null,
  };

  if (resource.state === 'loading') return { ...common, status: 'loading', loadingLabel: t.loading };
  if (resource.state === 'failed') return { ...common, status: 'failed', error: resource.error, onRetry: resource.reload };

  const open = openId ? items.find((i) => i.value.id === openId) : undefined;
  const previousId = open?.value.renegotiatedFromId;
  const previous = previousId ? items.find((i) => i.value.id === previousId) : undefined;
  const empty = { mine: v.emptyMine, group: v.emptyGroup, support: v.emptySupport, overdue: v.emptyOverdue }[kind];

  return {
    ...common,
    status: 'ready',
    label,
    countLabel: countText(rows.length, i18n),
    emptyText: empty,
    rows,
    onOpen: (id) => {
      const active = globalThis.document?.activeElement;
      opener.current = active instanceof HTMLElement ? active : null;
      setOpenId(id);
      setDetailsOpen(true);
    },
    details: open
      ? {
          open: detailsOpen,
          item: open,
          context: fullContext,
          goals,
          ...(previous ? { previous } : {}),
          offerSupportGiven: kind === 'support' && !!me && isCoachOrManagement(me.role),
          onChanged: remember,
          onClose: closeDetails,
        }
      : null,
  };
}
