import { useCallback, useId, useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import { byId, dueText, goalTitle, overdueText, placeText, statusText, supportText } from '../shared/describe';
import { mayReportOn, reportableOutcomes } from '../shared/tracker';
import type { CheckInCardProps, CheckInCardState } from './CheckInCard.types';

export function useCheckInCard({ item, context, goals, meetingId, onChanged, className }: CheckInCardProps): CheckInCardState {
  const i18n = useI18n();
  const t = i18n.messages.planner.commitment;
  const c = item.value;
  const [reporting, setReporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const formId = `${useId()}-report`;
  const refocus = useRef(false);
  const buttonRef = useCallback((button: HTMLButtonElement | null) => {
    if (button && refocus.current) {
      refocus.current = false;
      button.focus();
    }
  }, []);
  const close = () => {
    refocus.current = true;
    setReporting(false);
  };
  const mayReport = mayReportOn(context.me, c) && reportableOutcomes(c.status).length > 0;

  const report: CheckInCardState['report'] = [];
  if (c.status !== 'open') {
    if (c.whatWorked) report.push({ term: t.whatWorked, value: c.whatWorked });
    if (c.whatWasHard) report.push({ term: t.whatWasHard, value: c.whatWasHard });
  }

  return {
    className,
    item,
    context,
    meetingId,
    formId,
    title: c.text,
    owner: c.ownerName,
    place: placeText(c, i18n),
    goal: goalTitle(c.goalId, goals),
    goalLabel: t.goal,
    due: dueText(c, byId(context.meetings), i18n),
    status: c.status,
    statusLabel: statusText(c, i18n),
    overdueLabel: overdueText(c, context.today, i18n),
    supportLabel: supportText(c, i18n),
    report,
    notice,
    reporting,
    reportLabel: mayReport ? (c.status === 'open' ? t.report : t.changeReport) : null,
    buttonRef,
    onToggleReport: () => {
      setNotice(null);
      setReporting((open) => !open);
    },
    onSaved: (updated, successor) => {
      close();
      setNotice(t.reported);
      onChanged(updated, successor);
    },
    onTheirs: (theirs) => {
      close();
      onChanged(theirs);
    },
    onCancel: close,
  };
}
