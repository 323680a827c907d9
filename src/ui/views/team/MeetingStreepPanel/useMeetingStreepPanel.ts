import { useCallback, useState } from 'react';
import type { Meeting } from '../../../../domain/meetings';
import { isoToday } from '../../../../domain/schoolYear';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { MeetingStreepPanelProps, MeetingStreepPanelState } from './MeetingStreepPanel.types';

/** The meeting the round most likely belongs to: today's, else the next one, else the last. */
export function meetingOfToday(meetings: readonly Meeting[], today: string): Meeting | undefined {
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.find((m) => m.date === today) ?? sorted.find((m) => m.date > today) ?? sorted.at(-1);
}

export function useMeetingStreepPanel({ now = Date.now }: MeetingStreepPanelProps): MeetingStreepPanelState {
  const api = useDataApi();
  const i18n = useI18n();
  const t = i18n.messages.teamScan;
  const load = useCallback(async () => {
    const [me, timeline] = await Promise.all([api.me(), api.timeline.load()]);
    return { me, timeline };
  }, [api]);
  const resource = useResource(load);
  const [chosen, setChosen] = useState<string | null>(null);

  if (resource.state === 'loading') return { status: 'loading', loadingLabel: t.view.loading };
  if (resource.state === 'failed') return { status: 'failed', error: resource.error, onRetry: resource.reload };
  const { me, timeline } = resource.data;
  if (!timeline.cycle || timeline.meetings.length === 0) return { status: 'empty', text: t.sidePanel.noCycle };
  const fallback = meetingOfToday(timeline.meetings, isoToday(new Date(now())));
  return {
    status: 'ready',
    me,
    meetings: timeline.meetings,
    meetingLabel: t.sidePanel.meeting,
    meetingId: chosen ?? fallback?.id ?? '',
    options: timeline.meetings.map((m) => ({ value: m.id, label: `${m.title} (${i18n.date(m.date, 'short')})` })),
    onMeeting: setChosen,
  };
}
