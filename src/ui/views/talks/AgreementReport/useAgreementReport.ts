import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import type { Agreement } from '../../../../domain/talks/agreements';
import { formatCalendarDate } from '../../../../domain/talks/format';
import { canReport, renegotiate, type Report, reportOn, TRACK_STATUSES, type TrackStatus } from '../../../../domain/tracking';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { newId } from '../shared/ids';
import type { AgreementReportProps, AgreementReportState } from './AgreementReport.types';

export function useAgreementReport({ item, today, onSaved, onCancel, className }: AgreementReportProps): AgreementReportState {
  const api = useDataApi();
  const { messages } = useI18n();
  const t = messages.planner.commitment;
  const statuses = messages.planner.commitmentStatus;
  const save = useSave<Agreement>();
  const reported = item.value.status !== 'open';
  const [outcome, setOutcome] = useState<TrackStatus | ''>('');
  const [missing, setMissing] = useState(false);
  const [whatWorked, setWhatWorked] = useState(reported ? item.value.whatWorked : '');
  const [whatWasHard, setWhatWasHard] = useState(reported ? item.value.whatWasHard : '');
  const [supportWanted, setSupportWanted] = useState(reported ? item.value.supportWanted : false);
  const [newText, setNewText] = useState(item.value.text);
  const [newDue, setNewDue] = useState('');
  // One successor id per form: a retried renegotiation stays one new agreement.
  const successorId = useRef(newId()).current;

  const submit = useCallback(
    async (base: Versioned<Agreement>) => {
      if (!outcome || outcome === 'open') {
        setMissing(true);
        save.reset();
        return;
      }
      setMissing(false);
      const report: Report = { whatWorked, whatWasHard, supportWanted };
      if (outcome === 'renegotiated') {
        const next = { id: successorId, text: newText, dueDate: newDue };
        if (!save.check(renegotiate(base.value, report, next, today))) return;
        let successor: Versioned<Agreement> | undefined;
        const stored = await save.run(async () => {
          const written = await api.talks.renegotiateAgreement(base, report, next, today);
          successor = written.next;
          return written.previous;
        });
        if (stored) onSaved(stored, successor);
        return;
      }
      const verdict = reportOn(base.value, outcome, report, today);
      if (!save.check(verdict)) return;
      const value = verdict.value;
      const stored = await save.run(() => api.talks.updateAgreement(base, value));
      if (stored) onSaved(stored);
    },
    [outcome, whatWorked, whatWasHard, supportWanted, successorId, newText, newDue, today, save, api, onSaved],
  );

  const errors = save.status.state === 'invalid' ? save.status.errors : new Map<string, string>();
  const conflict = save.status.state === 'conflict' ? save.status : null;
  const theirs = conflict?.current;

  return {
    className,
    formLabel: t.reportTitle,
    outcomeLabel: t.outcome,
    outcomes: TRACK_STATUSES.filter((to) => to !== item.value.status && canReport(item.value.status, to)).map((value) => ({
      value,
      label: statuses[value],
    })),
    outcome,
    outcomeError: missing ? t.chooseOutcome : errors.get('status'),
    whatWorkedLabel: t.whatWorked,
    whatWorked,
    whatWasHardLabel: t.whatWasHard,
    whatWasHard,
    supportLabel: t.supportWanted,
    supportWanted,
    renegotiation:
      outcome === 'renegotiated'
        ? {
            textLabel: t.newText,
            text: newText,
            textError: errors.get('text'),
            dueLabel: t.dueDate,
            dueDate: newDue,
            dueError: errors.get('dueDate'),
          }
        : null,
    errors,
    failedText: save.status.state === 'failed' ? messages.shell.saving.failed : null,
    saving: save.status.state === 'saving',
    saveLabel: t.saveReport,
    cancelLabel: messages.shell.saving.cancel,
    conflict: {
      open: conflict !== null,
      theirs: theirs
        ? `${theirs.value.text} · ${statuses[theirs.value.status]} · ${formatCalendarDate(theirs.value.dueDate, messages.talks.locale)}`
        : '',
      onKeepMine: () => {
        if (theirs) void submit(theirs);
        else save.reset();
      },
      onTakeTheirs: () => {
        save.reset();
        if (theirs) onSaved(theirs);
        else onCancel();
      },
    },
    onOutcome: (value) => {
      setOutcome(value);
      setMissing(false);
    },
    onWhatWorked: setWhatWorked,
    onWhatWasHard: setWhatWasHard,
    onSupportWanted: setSupportWanted,
    onNewText: setNewText,
    onNewDueDate: setNewDue,
    onSubmit: (event) => {
      event.preventDefault();
      void submit(item);
    },
    onCancel,
  };
}
