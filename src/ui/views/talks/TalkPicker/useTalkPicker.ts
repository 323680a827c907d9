import { useCallback, useId, useMemo } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import { schoolDate, toMillis } from '../../../../domain/talks/time';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import { isAccessDenied } from '../shared/errors';
import { instantText, pupilText, talkTitle, timeText } from '../shared/talkText';
import type { PickOption, TalkPickerProps, TalkPickerState } from './TalkPicker.types';

const LATER_MAX = 5;

export function useTalkPicker({ onPick, notice, now = Date.now, className }: TalkPickerProps): TalkPickerState {
  const api = useDataApi();
  const i18n = useI18n();
  const p = i18n.messages.talks.ui.panel;
  const headingId = useId();
  // The signed-in person's own talks: the meeting id alone does not say which talk this is.
  const load = useCallback(() => api.talks.load({ kind: 'organiser' }), [api]);
  const resource = useResource(load);
  const at = useMemo(() => now(), [now]);

  const lists = useMemo(() => {
    if (resource.state !== 'ready') return null;
    const today = schoolDate(at);
    const live = resource.data.talks
      .filter((t) => t.value.talk.status !== 'cancelled')
      .sort((a, b) => toMillis(a.value.talk.start) - toMillis(b.value.talk.start));
    const option = (t: Versioned<ScheduledTalk>, withDate: boolean): PickOption => ({
      id: t.value.talk.id,
      time: withDate ? instantText(t.value.talk.start, i18n) : timeText(t.value.talk.start, i18n),
      title: talkTitle(t.value.talk, i18n),
      detail: pupilText(t.value.talk.pupil, i18n),
    });
    return {
      today: live.filter((t) => schoolDate(toMillis(t.value.talk.start)) === today).map((t) => option(t, false)),
      later: live
        .filter((t) => t.value.talk.status === 'planned' && schoolDate(toMillis(t.value.talk.start)) > today)
        .slice(0, LATER_MAX)
        .map((t) => option(t, true)),
    };
  }, [resource, at, i18n]);

  if (resource.state === 'failed') {
    if (isAccessDenied(resource.error)) return { status: 'denied', className };
    return { status: 'failed', className, error: resource.error, onRetry: resource.reload };
  }
  if (!lists) return { status: 'loading', className, label: p.loading };
  return {
    status: 'ready',
    className,
    headingId,
    heading: p.pickHeading,
    intro: p.pickIntro,
    notice,
    todayLabel: p.today,
    today: lists.today,
    noneToday: p.noneToday,
    laterLabel: p.later,
    later: lists.later,
    onPick,
  };
}
