import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { Commitment, CommitmentStatus } from '../../../../domain/commitments';
import { renegotiate, reportOn, type Report } from '../../../../domain/tracking';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { describeTheirs } from '../shared/theirs';
import { fieldMessages, otherMessages } from '../shared/fieldMessages';
import { newId } from '../shared/ids';
import { nextMeetingFrom, reportableOutcomes, type StoredCommitment } from '../shared/tracker';
import type { ReportFormProps, ReportFormState } from './ReportForm.types';

const SHOWN = ['status', 'whatWorked', 'whatWasHard', 'text', 'dueDate'];

export function useReportForm({ item, context, onSaved, onTheirs, onCancel, className }: ReportFormProps): ReportFormState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const t = messages.planner.commitment;
  const { meetings, today } = context;
  const save = useSave<Commitment>();

  const reported = item.value.status !== 'open';
  const [outcome, setOutcome] = useState<CommitmentStatus | ''>('');
  const [outcomeMissing, setOutcomeMissing] = useState(false);
  // A correction starts from what was reported; a first report starts empty.
  const [whatWorked, setWhatWorked] = useState(reported ? item.value.whatWorked : '');
  const [whatWasHard, setWhatWasHard] = useState(reported ? item.value.whatWasHard : '');
  const [supportWanted, setSupportWanted] = useState(reported ? item.value.supportWanted : false);

  const suggested = nextMeetingFrom(meetings, today, true);
  const [newText, setNewText] = useState(item.value.text);
  const [dueMeetingId, setDueMeetingId] = useState(suggested?.id ?? '');
  const [dueDate, setDueDate] = useState(suggested?.date ?? '');
  const [dueOrder, setDueOrder] = useState<string | null>(null);
  // One id per form: a retried renegotiation creates the same successor, never two.
  const successorId = useRef(newId()).current;

  const upcoming = useMemo(() => meetings.filter((m) => m.status !== 'cancelled' && m.date >= today), [meetings, today]);
  const meetingOptions = useMemo(
    () => [
      { value: '', label: t.noMeeting },
      ...upcoming.map((m) => ({ value: m.id, label: `${i18n.date(m.date, 'long')} · ${m.title}` })),
    ],
    [upcoming, i18n, t.noMeeting],
  );

  // Opening the form puts the focus on its first choice, so keyboard users start where they report.
  const formRef = useCallback((form: HTMLFormElement | null) => {
    form?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const submit = useCallback(
    async (base: StoredCommitment) => {
      setDueOrder(null);
      if (!outcome) {
        setOutcomeMissing(true);
        save.reset();
        return;
      }
      setOutcomeMissing(false);
      const report: Report = { whatWorked, whatWasHard, supportWanted };
      if (outcome === 'open') return;
      if (outcome === 'renegotiated') {
        const next = { id: successorId, text: newText, dueDate, dueMeetingId: dueMeetingId || undefined };
        const verdict = renegotiate(base.value, report, next, today);
        if (!verdict.ok) {
          const order = verdict.errors.find((e) => e.field === 'dueDate' && e.code === 'dateOrder');
          if (order) setDueOrder(format(t.dueBeforeMade, { date: i18n.date(String(order.params?.after ?? today), 'long') }));
        }
        if (!save.check(verdict)) return;
        let successor: StoredCommitment | undefined;
        const stored = await save.run(async () => {
          const written = await api.commitments.renegotiate(base, report, next, today);
          successor = written.next;
          return written.previous;
        });
        if (stored) onSaved(stored, successor);
        return;
      }
      const status = outcome;
      if (!save.check(reportOn(base.value, status, report, today))) return;
      const stored = await save.run(() => api.commitments.report(base, status, report, today));
      if (stored) onSaved(stored);
    },
    [outcome, whatWorked, whatWasHard, supportWanted, successorId, newText, dueDate, dueMeetingId, today, save, api, onSaved, format, i18n, t.dueBeforeMade],
  );

  const errors = fieldMessages(save.status);
  const conflict = save.status.state === 'conflict' ? save.status : null;
  const theirs = conflict?.current;

  return {
    className,
    formRef,
    formLabel: t.reportTitle,
    outcomeLabel: t.outcome,
    outcomes: reportableOutcomes(item.value.status).map((value) => ({ value, label: messages.planner.commitmentStatus[value] })),
    outcome,
    onOutcome: (value) => {
      setOutcome(value);
      setOutcomeMissing(false);
    },
    outcomeError: outcomeMissing ? t.chooseOutcome : errors.get('status'),
    whatWorkedLabel: t.whatWorked,
    whatWorked,
    onWhatWorked: setWhatWorked,
    whatWorkedError: errors.get('whatWorked'),
    whatWasHardLabel: t.whatWasHard,
    whatWasHard,
    onWhatWasHard: setWhatWasHard,
    whatWasHardError: errors.get('whatWasHard'),
    supportLabel: t.supportWanted,
    supportWanted,
    onSupportWanted: setSupportWanted,
    renegotiation:
      outcome === 'renegotiated'
        ? {
            textLabel: t.newText,
            text: newText,
            onText: setNewText,
            textError: errors.get('text'),
            dueMeetingLabel: t.dueMeeting,
            dueMeetingId,
            meetingOptions,
            onDueMeeting: (value) => {
              setDueMeetingId(value);
              const meeting = upcoming.find((m) => m.id === value);
              if (meeting) setDueDate(meeting.date);
            },
            dueDateLabel: t.dueDate,
            dueDate,
            onDueDate: setDueDate,
            dueDateError: dueOrder ?? errors.get('dueDate'),
            dueHint: t.dueHint,
          }
        : null,
    otherErrors: otherMessages(errors, SHOWN),
    failedText: save.status.state === 'failed' ? messages.shell.saving.failed : null,
    saving: save.status.state === 'saving',
    saveLabel: t.saveReport,
    cancelLabel: messages.shell.saving.cancel,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void submit(item);
    },
    onCancel,
    conflict: {
      open: conflict !== null,
      theirs: theirs ? describeTheirs(theirs.value, context, i18n) : null,
      onKeepMine: () => {
        if (theirs) void submit(theirs);
        else save.reset();
      },
      onTakeTheirs: () => {
        save.reset();
        if (theirs) onTheirs(theirs);
        else onCancel();
      },
    },
  };
}
