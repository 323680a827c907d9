import { useId } from 'react';
import { formatCalendarDate } from '../../../../domain/talks/format';
import { useI18n } from '../../../i18n';
import { instantText, namesText, pupilText, safeHref, talkTitle, talkWhen } from '../shared/talkText';
import type { TalkCardProps, TalkCardState } from './TalkCard.types';

export function useTalkCard(props: TalkCardProps): TalkCardState {
  const i18n = useI18n();
  const { messages, format } = i18n;
  const ui = messages.talks.ui;
  const c = ui.card;
  const stored = props.talk;
  const { talk } = stored.value;
  const facts: string[] = [];
  if (talk.childJoins) facts.push(format(c.childJoins, { pupil: talk.pupil.firstName }));
  if (talk.withPreTalk) facts.push(c.preTalk);
  if (stored.value.followUp) facts.push(format(c.followUpOn, { date: instantText(stored.value.followUp.start, i18n) }));
  if (stored.value.summary) {
    facts.push(format(c.summarySent, { date: formatCalendarDate(stored.value.summary.sentAt.slice(0, 10), messages.talks.locale) }));
  }
  const people = [
    ...talk.parents.map((p) => `${p.name} (${messages.talks.invite.parentRole})`),
    ...talk.staff.map((s) => `${s.name} (${messages.talks.roles[s.role].replace(/\s*\(.*\)$/, '')})`),
  ];
  const live = talk.status === 'planned';
  return {
    className: props.className,
    headingId: useId(),
    headingLevel: props.headingLevel ?? 3,
    title: talkTitle(talk, i18n),
    status: talk.status,
    statusLabel: ui.status[talk.status],
    when: talkWhen(talk, i18n),
    pupil: pupilText(talk.pupil, i18n),
    where:
      talk.mode === 'online' ? c.online : talk.location ? format(c.inPersonAt, { location: talk.location }) : c.inPerson,
    people: format(c.people, { names: namesText(people, i18n) }),
    facts,
    joinUrl: live ? safeHref(stored.value.joinUrl) : null,
    joinLabel: c.join,
    calendarUrl: talk.status !== 'cancelled' ? safeHref(stored.value.webLink) : null,
    calendarLabel: c.openCalendar,
    actionsLabel: c.actions,
    canChange: live,
    rescheduleLabel: c.reschedule,
    cancelLabel: c.cancel,
    recordLabel: c.record,
    exportLabel: format(c.exportData, { pupil: talk.pupil.firstName }),
    exportHint: ui.exportData.hint,
    exporting: props.exporting ?? false,
    onReschedule: () => props.onReschedule(stored),
    onCancel: () => props.onCancel(stored),
    onRecord: () => props.onRecord(stored),
    onExport: () => props.onExport(stored),
  };
}
