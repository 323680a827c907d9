import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { CalendarSlot } from '../../../../domain/talks/schedule';
import { maxDuration } from '../../../../domain/talks/templates';
import { addMinutes, minutesBetween } from '../../../../domain/talks/time';
import { validateTalk } from '../../../../domain/talks/validate';
import type { FieldError, Validated } from '../../../../domain/validation';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { talkErrorsByField } from '../shared/errors';
import { talkTitle, talkWhen, timeText } from '../shared/talkText';
import { isTime, schoolInstant, wallClockOf } from '../shared/wallClock';
import type { RescheduleDialogProps, RescheduleDialogState } from './RescheduleDialog.types';

class ClashesFound extends Error {
  constructor(readonly clashes: CalendarSlot[]) {
    super('the organiser is busy then');
  }
}

interface Times {
  date: string;
  start: string;
  end: string;
}

function timesOf(stored: Versioned<ScheduledTalk>): Times {
  const { talk } = stored.value;
  const from = wallClockOf(talk.start);
  return { date: from.date, start: from.time, end: wallClockOf(addMinutes(talk.start, talk.durationMinutes)).time };
}

export function useRescheduleDialog({ target, onDone, onClose }: RescheduleDialogProps): RescheduleDialogState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const ui = messages.talks.ui;
  const save = useSave<ScheduledTalk>();
  const { reset } = save;
  const [times, setTimes] = useState<Times>({ date: '', start: '', end: '' });
  const [refusals, setRefusals] = useState<FieldError[]>([]);
  const clashesRef = useRef<CalendarSlot[]>([]);

  useEffect(() => {
    reset();
    setRefusals([]);
    if (target) setTimes(timesOf(target));
  }, [target, reset]);

  const check = useCallback(
    (base: Versioned<ScheduledTalk>): Validated<{ start: string; durationMinutes: number }> => {
      const errors: FieldError[] = [];
      if (!schoolInstant(times.date, '12:00')) errors.push({ field: 'date', code: times.date ? 'invalidDate' : 'required' });
      if (!isTime(times.start)) errors.push({ field: 'start', code: 'required' });
      if (!isTime(times.end)) errors.push({ field: 'end', code: 'required' });
      if (errors.length) return { ok: false, errors };
      const start = schoolInstant(times.date, times.start) as string;
      const durationMinutes = minutesBetween(start, schoolInstant(times.date, times.end) as string);
      const { id: _id, ...draft } = base.value.talk;
      const verdict = validateTalk({ ...draft, start, durationMinutes });
      // Only what this dialog changes is reported here; the rest of the talk was valid before.
      const relevant = verdict.ok
        ? []
        : verdict.errors.filter((e) => ['start', 'end', 'durationMinutes', 'agenda'].includes(e.field));
      if (relevant.length) return { ok: false, errors: relevant };
      return { ok: true, value: { start, durationMinutes } };
    },
    [times],
  );

  const write = useCallback(
    async (base: Versioned<ScheduledTalk>, stopOnClash: boolean) => {
      const verdict = check(base);
      setRefusals(verdict.ok ? [] : verdict.errors);
      if (!save.check(verdict)) return;
      const next = verdict.value;
      const stored = await save.run(async () => {
        const outcome = await api.talks.reschedule(base, next, { messages: messages.talks, stopOnClash });
        if (!outcome.planned) throw new ClashesFound(outcome.clashes);
        clashesRef.current = outcome.clashes;
        return outcome.planned;
      });
      if (stored) onDone(stored, clashesRef.current, true);
    },
    [check, save, api, messages.talks, onDone],
  );

  const status = save.status;
  const clashesFound = status.state === 'failed' && status.error instanceof ClashesFound ? status.error.clashes : null;
  const conflict = status.state === 'conflict' ? status : null;
  const errors = useMemo(
    () => (status.state === 'invalid' ? (refusals.length ? talkErrorsByField(refusals, i18n) : status.errors) : new Map<string, string>()),
    [status, refusals, i18n],
  );

  const start = schoolInstant(times.date, times.start);
  const end = schoolInstant(times.date, times.end);
  const duration = start && end ? minutesBetween(start, end) : null;

  return {
    open: target !== null && !conflict,
    heading: target ? format(ui.reschedule.heading, { title: talkTitle(target.value.talk, i18n) }) : '',
    body: ui.reschedule.body,
    dateLabel: ui.form.date,
    startLabel: ui.form.start,
    endLabel: ui.form.end,
    ...times,
    errors,
    durationText:
      target && duration !== null && duration > 0
        ? format(ui.form.duration, { minutes: duration, max: maxDuration(target.value.talk.type) })
        : null,
    clashes: clashesFound
      ? {
          heading: ui.clash.heading,
          lines: clashesFound.map((slot, i) => ({
            key: slot.id ?? String(i),
            text: format(ui.clash.item, {
              subject: slot.subject?.trim() || ui.clash.noSubject,
              start: timeText(slot.start, i18n),
              end: timeText(slot.end, i18n),
            }),
          })),
          planAnyway: ui.clash.planAnyway,
        }
      : null,
    failedText: status.state === 'failed' && !clashesFound ? messages.shell.saving.failed : null,
    saving: status.state === 'saving',
    saveLabel: ui.reschedule.save,
    savingLabel: ui.reschedule.saving,
    cancelLabel: messages.shell.saving.cancel,
    conflict: {
      open: conflict !== null,
      theirs: conflict?.current ? talkWhen(conflict.current.value.talk, i18n) : '',
      onKeepMine: () => {
        const theirs = conflict?.current;
        if (theirs) void write(theirs, true);
        else reset();
      },
      onTakeTheirs: () => {
        const theirs = conflict?.current;
        reset();
        if (theirs) onDone(theirs, [], false);
        else onClose();
      },
    },
    setDate: (date) => setTimes((t) => ({ ...t, date })),
    setStart: (value) =>
      setTimes((t) => {
        // Moving the start keeps the talk's length.
        const from = schoolInstant(t.date, t.start);
        const to = schoolInstant(t.date, t.end);
        const next = schoolInstant(t.date, value);
        if (!from || !to || !next) return { ...t, start: value };
        return { ...t, start: value, end: wallClockOf(addMinutes(next, minutesBetween(from, to))).time };
      }),
    setEnd: (value) => setTimes((t) => ({ ...t, end: value })),
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      if (target) void write(target, true);
    },
    onPlanAnyway: () => {
      if (target) void write(target, false);
    },
    onCancel: onClose,
  };
}
