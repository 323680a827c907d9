import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import type { Agreement } from '../../../../domain/talks/agreements';
import { formatCalendarDate } from '../../../../domain/talks/format';
import type { Pupil } from '../../../../domain/talks/types';
import { isoToday } from '../../../../domain/schoolYear';
import { canReport, isOverdue, TRACK_STATUSES } from '../../../../domain/tracking';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import { isAccessDenied } from '../shared/errors';
import type { AgreementsPanelProps, AgreementsPanelState, AgreementsPanelView } from './AgreementsPanel.types';

interface Loaded {
  agreements: Versioned<Agreement>[];
  pupils: Map<string, Pupil>;
}

export function useAgreementsPanel(props: AgreementsPanelProps): AgreementsPanelState {
  const api = useDataApi();
  const { messages, format } = useI18n();
  const p = messages.talks.ui.agreementsPanel;
  const a = messages.talks.ui.agreements;
  const locale = messages.talks.locale;
  const today = useMemo(() => props.today ?? isoToday(), [props.today]);
  const [view, setView] = useState<AgreementsPanelView>(props.view ?? 'mine');
  const [reporting, setReporting] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();

  const { mine, pupils: givenPupils } = props;
  // The view's own read is shown once; what follows (a report, a switch back) reads afresh.
  const shown = useRef<Versioned<Agreement>[] | null>(null);
  const load = useCallback(async (): Promise<Loaded> => {
    const given = view === 'mine' && mine && shown.current !== mine ? mine : null;
    if (given) shown.current = given;
    const [agreements, pupils] = await Promise.all([
      given ?? api.talks.agreements(view === 'mine' ? { kind: 'mine' } : { kind: 'overdue', today }),
      givenPupils ?? api.talks.pupils(),
    ]);
    return { agreements, pupils: new Map(pupils.map((x) => [x.value.id, x.value])) };
  }, [api, view, today, mine, givenPupils]);
  const resource = useResource(load);
  const { reload } = resource;

  const onReported = useCallback(
    (updated: Versioned<Agreement>) => {
      setReporting(null);
      setAnnouncement(p.reported);
      void updated;
      reload();
    },
    [p.reported, reload],
  );

  let body: AgreementsPanelState['body'];
  if (resource.state === 'loading') body = { kind: 'loading', label: p.loading };
  else if (resource.state === 'failed')
    body = isAccessDenied(resource.error) ? { kind: 'denied' } : { kind: 'failed', error: resource.error, onRetry: reload };
  else if (!resource.data.agreements.length) body = { kind: 'empty', text: view === 'mine' ? p.emptyMine : p.emptyOverdue };
  else {
    const { pupils } = resource.data;
    body = {
      kind: 'list',
      rows: resource.data.agreements.map((item) => {
        const v = item.value;
        const pupil = pupils.get(v.pupilId);
        const reported = v.status !== 'open';
        const reportLines = [v.whatWorked, v.whatWasHard].map((s) => s.trim()).filter(Boolean);
        return {
          id: v.id,
          item,
          text: v.text,
          // The pupil is named beside it, so the owner is just who: school, parent(s) or child.
          owner: messages.talks.owners[v.owner],
          pupil: pupil ? format(p.pupil, { name: pupil.firstName, group: pupil.group }) : '',
          due: formatCalendarDate(v.dueDate, locale),
          followUp: v.followUpDate ? formatCalendarDate(v.followUpDate, locale) : null,
          status: messages.planner.commitmentStatus[v.status],
          open: v.status === 'open',
          overdue: isOverdue(v, today),
          report: reported && reportLines.length ? reportLines.join(' · ') : null,
          canReport: TRACK_STATUSES.some((to) => to !== v.status && canReport(v.status, to)),
        };
      }),
    };
  }

  return {
    className: props.className,
    headingId,
    headingLevel: props.headingLevel ?? 2,
    heading: p.heading,
    intro: p.intro,
    viewsLabel: p.viewsLabel,
    view,
    views: [
      { value: 'mine', label: p.mine },
      { value: 'overdue', label: p.overdue },
    ],
    onView: (next) => {
      setReporting(null);
      setView(next);
    },
    today,
    body,
    labels: { due: a.dueDate, followUp: a.followUpDate, owner: a.owner, overdue: p.overdueBadge, report: p.report },
    reporting,
    onReport: setReporting,
    onReported,
    announcement,
  };
}
