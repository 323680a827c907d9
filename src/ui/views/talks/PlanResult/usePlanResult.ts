import { useCallback, useId, useState } from 'react';
import { useI18n } from '../../../i18n';
import { namesText, safeHref, talkTitle, talkWhen } from '../shared/talkText';
import type { PlanResultProps, PlanResultState } from './PlanResult.types';

export function usePlanResult({ planned, clashes, onBack, onAnother, className }: PlanResultProps): PlanResultState {
  const i18n = useI18n();
  const { messages, format } = i18n;
  const ui = messages.talks.ui;
  const talk = planned.value.talk;
  const joinUrl = safeHref(planned.value.joinUrl);
  const [announcement, setAnnouncement] = useState('');
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  const onCopy = useCallback(() => {
    if (!joinUrl || !clipboard) return;
    clipboard.writeText(joinUrl).then(
      () => setAnnouncement(ui.result.copied),
      () => setAnnouncement(''),
    );
  }, [joinUrl, clipboard, ui.result.copied]);
  return {
    className,
    headingId: useId(),
    heading: ui.result.heading,
    title: talkTitle(talk, i18n),
    when: talkWhen(talk, i18n),
    body: format(ui.result.body, { names: namesText([...talk.parents, ...talk.staff].map((p) => p.name), i18n) }),
    clashNote: clashes.length ? ui.clash.plannedAnyway : null,
    joinLabel: ui.result.join,
    joinUrl,
    joinText: ui.card.join,
    noLinkText: ui.result.noLink,
    calendarLabel: ui.result.openCalendar,
    calendarUrl: safeHref(planned.value.webLink),
    backLabel: ui.view.back,
    anotherLabel: ui.result.another,
    copyLabel: joinUrl && clipboard ? ui.result.copy : null,
    announcement,
    onCopy,
    onBack,
    onAnother,
  };
}
