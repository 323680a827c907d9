import { useCallback, useId, useMemo, useState } from 'react';
import type { CommitmentsSnapshot } from '../../../../data/api';
import { openForMeeting } from '../../../../domain/commitments';
import { BOUWEN } from '../../../../domain/people';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import { byId, countText } from '../shared/describe';
import { applyChanges, nextMeetingFrom, type StoredCommitment } from '../shared/tracker';
import type { CheckInGroup, CheckInProps, CheckInState } from './CheckIn.types';

export function useCheckIn({ context, className }: CheckInProps): CheckInState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages } = i18n;
  const t = messages.planner.commitment;
  const { cycle, meetings, today } = context;
  const headingId = `${useId()}-checkin`;

  // The check-in is about the coming meeting; when none is left, the last one.
  const initial = nextMeetingFrom(meetings, today) ?? meetings.at(-1);
  const [meetingId, setMeetingId] = useState(initial?.id ?? '');
  const meeting = meetings.find((m) => m.id === meetingId);
  const [changes, setChanges] = useState<ReadonlyMap<string, StoredCommitment>>(new Map());

  const load = useCallback(
    (): Promise<CommitmentsSnapshot> =>
      meetingId
        ? api.commitments.load(cycle.id, { kind: 'meeting', meetingId })
        : Promise.resolve({ commitments: [], goals: [], meetings: [] }),
    [api, cycle.id, meetingId],
  );
  const resource = useResource(load);
  const data = resource.state === 'ready' ? resource.data : null;

  // Round the table: per bouw, then due date, then name (domain: openForMeeting). Reported ones
  // stay in place with their new status until the next load.
  const base = useMemo(() => {
    if (!data || !meeting) return [];
    const stored = new Map(data.commitments.map((c) => [c.value, c]));
    return openForMeeting(meeting, data.commitments.map((c) => c.value)).map((c) => stored.get(c) as StoredCommitment);
  }, [data, meeting]);
  const items = useMemo(() => applyChanges(base, changes), [base, changes]);
  const goals = useMemo(() => byId(data?.goals.map((g) => g.value) ?? []), [data]);

  // A renegotiation's new promise is for a later meeting, not this check-in: only the old one changes.
  const remember = useCallback((updated: StoredCommitment) => {
    setChanges((current) => new Map(current).set(updated.value.id, updated));
  }, []);

  const common = {
    className,
    heading: t.checkIn,
    headingId,
    intro: t.checkInIntro,
    picker: meetings.length
      ? {
          label: t.pickMeeting,
          value: meetingId,
          options: meetings.map((m) => ({
            value: m.id,
            label: `${i18n.date(m.date, 'long')} · ${m.title} (${messages.shell.meetingTypes[m.type]})`,
          })),
          onChange: (id: string) => {
            setChanges(new Map());
            setMeetingId(id);
          },
        }
      : null,
  };

  if (!meetings.length) return { ...common, status: 'noMeetings', text: t.noMeetings };
  if (resource.state === 'loading') return { ...common, status: 'loading', loadingLabel: t.loading };
  if (resource.state === 'failed') return { ...common, status: 'failed', error: resource.error, onRetry: resource.reload };

  const groups: CheckInGroup[] = BOUWEN.map((bouw) => ({
    label: messages.planner.digest.bouw[bouw],
    cards: items
      .filter((i) => i.value.bouw === bouw)
      .map((item) => ({ item, context, goals, meetingId, onChanged: remember })),
  })).filter((g) => g.cards.length > 0);

  return { ...common, status: 'ready', countLabel: countText(items.length, i18n), emptyText: t.noCheckIn, groups };
}
