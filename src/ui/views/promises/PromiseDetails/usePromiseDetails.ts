import { useCallback, useState } from 'react';
import type { Commitment } from '../../../../domain/commitments';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { byId, dueText, goalTitle, overdueText, placeText, statusText, supportText } from '../shared/describe';
import { describeTheirs } from '../shared/theirs';
import { mayReportOn, reportableOutcomes, type StoredCommitment } from '../shared/tracker';
import type { DetailLine, PromiseDetailsProps, PromiseDetailsState } from './PromiseDetails.types';

export function usePromiseDetails(props: PromiseDetailsProps): PromiseDetailsState {
  const { open, item, context, goals, previous, offerSupportGiven, onChanged, onClose } = props;
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const t = messages.planner.commitment;
  const c = item.value;
  const meetings = byId(context.meetings);
  const [reporting, setReporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const support = useSave<Commitment>();

  const lines: DetailLine[] = [
    { term: t.owner, value: c.ownerName },
    { term: t.bouw, value: placeText(c, i18n) },
  ];
  const goal = goalTitle(c.goalId, goals);
  if (goal) lines.push({ term: t.goal, value: goal });
  const madeAt = c.madeAtMeetingId ? meetings.get(c.madeAtMeetingId) : undefined;
  if (madeAt) lines.push({ term: t.madeAt, value: `${madeAt.title} (${i18n.date(madeAt.date, 'long')})` });
  else if (c.madeOn) lines.push({ term: t.madeOn, value: i18n.date(c.madeOn, 'long') });
  lines.push({ term: t.dueDate, value: dueText(c, meetings, i18n) });
  if (previous) lines.push({ term: t.renegotiatedFrom, value: previous.value.text });

  const reportLines: DetailLine[] = [];
  if (c.whatWorked) reportLines.push({ term: t.whatWorked, value: c.whatWorked, multiline: true });
  if (c.whatWasHard) reportLines.push({ term: t.whatWasHard, value: c.whatWasHard, multiline: true });
  if (c.supportGivenOn) reportLines.push({ term: t.supportGiven, value: format(t.supportGivenOn, { date: i18n.date(c.supportGivenOn, 'long') }) });

  const mayReport = mayReportOn(context.me, c) && reportableOutcomes(c.status).length > 0;

  const markGiven = useCallback(
    async (base: StoredCommitment) => {
      const stored = await support.run(() => api.commitments.markSupportGiven(base, context.today));
      if (stored) {
        setNotice(t.supportMarked);
        onChanged(stored);
      }
    },
    [support, api, context.today, onChanged, t.supportMarked],
  );

  const conflict = support.status.state === 'conflict' ? support.status : null;
  const theirs = conflict?.current;

  return {
    open,
    item,
    context,
    title: c.text,
    status: c.status,
    statusLabel: statusText(c, i18n),
    overdueLabel: overdueText(c, context.today, i18n),
    supportLabel: supportText(c, i18n),
    lines,
    reportLines,
    reportHeading: t.reportTitle,
    reportedOn: c.reportedOn ? format(t.reportedOn, { date: i18n.date(c.reportedOn, 'long') }) : null,
    notice,
    reporting,
    reportLabel: mayReport ? (c.status === 'open' ? t.report : t.changeReport) : null,
    onStartReport: () => {
      setNotice(null);
      setReporting(true);
    },
    onReportSaved: (updated, successor) => {
      setReporting(false);
      setNotice(t.reported);
      onChanged(updated, successor);
    },
    onTheirs: (their) => {
      setReporting(false);
      onChanged(their);
    },
    onCancelReport: () => setReporting(false),
    supportGiven:
      offerSupportGiven && c.supportWanted && !c.supportGivenOn
        ? {
            label: t.markSupportGiven,
            busy: support.status.state === 'saving',
            failedText: support.status.state === 'failed' ? messages.shell.saving.failed : null,
            onClick: () => void markGiven(item),
            conflict: {
              open: conflict !== null,
              theirs: theirs ? describeTheirs(theirs.value, context, i18n) : null,
              onKeepMine: () => {
                if (theirs) void markGiven(theirs);
                else support.reset();
              },
              onTakeTheirs: () => {
                support.reset();
                if (theirs) onChanged(theirs);
              },
            },
          }
        : null,
    closeLabel: t.close,
    onClose,
  };
}
