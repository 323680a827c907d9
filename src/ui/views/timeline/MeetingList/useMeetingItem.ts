import { stepKey } from '../../../../domain/steps';
import { useI18n } from '../../../i18n';
import type { MeetingItemProps, MeetingItemState } from './MeetingItem.types';

export function useMeetingItem({ meeting, today, onEdit, editButtonId, className }: MeetingItemProps): MeetingItemState {
  const i18n = useI18n();
  const { messages, format } = i18n;
  const t = messages.planner.timeline;
  return {
    className,
    title: meeting.title,
    date: meeting.date,
    dateLabel: i18n.date(meeting.date, 'long'),
    typeLabel: messages.shell.meetingTypes[meeting.type],
    status: meeting.status,
    statusLabel: t[meeting.status],
    notRecordedLabel: meeting.status === 'planned' && meeting.date < today ? t.notRecorded : null,
    purpose: meeting.purpose.trim(),
    stepsLabel: t.stepsCovered,
    steps: meeting.stepsCovered.map((step) => ({
      step,
      label: format(messages.planner.path.step, { step, title: messages.steps[stepKey(step)].title }),
    })),
    scoreLabel: t.scoreAfter,
    score: meeting.score === undefined ? null : i18n.number(meeting.score),
    minutesLabel: t.minutes,
    minutes: meeting.minutes.trim(),
    edit: onEdit
      ? {
          id: editButtonId,
          label: t.edit,
          accessibleLabel: format(t.editMeeting, { title: meeting.title }),
          onClick: () => onEdit(meeting.id),
        }
      : null,
  };
}
