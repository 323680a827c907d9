import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PlanOutcome, ScheduledTalk, Versioned } from '../../../../data/api';
import { maxDuration, defaultDuration, allowsPreTalk, suggestChildJoins } from '../../../../domain/talks/templates';
import type { CalendarSlot } from '../../../../domain/talks/schedule';
import { TALK_MODES, TALK_ROLES, TALK_TYPES, type TalkMode, type TalkType } from '../../../../domain/talks/types';
import type { FieldError } from '../../../../domain/validation';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { talkErrorsByField } from '../shared/errors';
import { newId } from '../shared/ids';
import { timeText } from '../shared/talkText';
import { schoolInstant } from '../shared/wallClock';
import {
  checkTalkForm,
  chosenColleagues,
  durationOf,
  emptyParent,
  emptyStaff,
  fitAgendaRows,
  initialValues,
  pupilOf,
  resetAgenda,
  resetQuestions,
  type TalkFormValues,
  talkFrom,
  withChildJoins,
  withColleagues,
  withPupil,
  withStart,
  withType,
} from './talkForm';
import type { TalkFormProps, TalkFormState } from './TalkForm.types';

/** Planning stopped at a clash in the organiser's calendar; nothing was written. */
class ClashesFound extends Error {
  constructor(readonly clashes: CalendarSlot[]) {
    super('the organiser is busy then');
  }
}

/** Fields the form shows a message at; any other refusal is listed above the buttons. */
function shownAtField(field: string): boolean {
  return /^(type|pupil(\.firstName|\.group)?|parents(\.\d+\.(name|email|household))?|staff(\.\d+\.(name|email|role))?|location|date|start|end|durationMinutes|withPreTalk|mode|agenda(\.\d+\.(title|minutes))?|preparationQuestions\.\d+)$/.test(
    field,
  );
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function useTalkForm({ pupils, me, today, onPlanned, onCancel, className }: TalkFormProps): TalkFormState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const talks = messages.talks;
  const t = talks.ui.form;
  const headingId = useId();
  const save = useSave<ScheduledTalk>();
  const [values, setValues] = useState<TalkFormValues>(() => initialValues(me, nextDay(today)));
  const [refusals, setRefusals] = useState<FieldError[]>([]);
  // One id per form: a retried plan is the same talk and the same calendar event.
  const talkId = useRef(newId()).current;
  const plannedOver = useRef<CalendarSlot[]>([]);
  const formRef = useRef<HTMLFormElement>(null);

  const update = useCallback((change: (v: TalkFormValues) => TalkFormValues) => setValues(change), []);
  // The staff list, to choose colleagues from; without it people are typed in as before.
  const staffList = useResource(useCallback(() => api.staff(), [api]));
  const colleagues = staffList.state === 'ready' ? staffList.data.filter((member) => member.role !== 'guest') : [];

  const plan = useCallback(
    async (stopOnClash: boolean) => {
      const verdict = checkTalkForm(values, pupils);
      setRefusals(verdict.ok ? [] : verdict.errors);
      if (!save.check(verdict)) return;
      const talk = talkFrom(verdict.value, talkId);
      const stored = await save.run(async () => {
        const outcome: PlanOutcome = await api.talks.plan(talk, { messages: talks, stopOnClash });
        if (!outcome.planned) throw new ClashesFound(outcome.clashes);
        plannedOver.current = outcome.clashes;
        return outcome.planned;
      });
      if (stored) onPlanned(stored, plannedOver.current);
    },
    [values, pupils, save, talkId, api, talks, onPlanned],
  );

  const onSubmit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      void plan(true);
    },
    [plan],
  );

  const status = save.status;
  const clashesFound = status.state === 'failed' && status.error instanceof ClashesFound ? status.error.clashes : null;
  // After a refusal, the first refused field gets the focus (its message is read with it).
  useEffect(() => {
    if (status.state !== 'invalid') return;
    const frame = requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [status]);

  const errors = useMemo(() => {
    if (status.state !== 'invalid') return new Map<string, string>();
    // The form's own check words its refusals for a talk; a refusal from the data layer has
    // the app's general words.
    return refusals.length ? talkErrorsByField(refusals, i18n) : status.errors;
  }, [status, refusals, i18n]);

  const duration = durationOf(values);
  const startInstant = schoolInstant(values.date, values.start);
  const pupil = pupilOf(values, pupils);
  const max = maxDuration(values.type);

  const pupilOptions = useMemo(
    () =>
      [...pupils]
        .sort((a, b) => a.value.group - b.value.group || a.value.firstName.localeCompare(b.value.firstName, talks.locale))
        .map((p) => ({ value: p.value.id, label: format(talks.ui.card.pupil, { name: p.value.firstName, group: p.value.group }) })),
    [pupils, format, talks],
  );

  const setParent = useCallback(
    (index: number, field: 'name' | 'email' | 'household', value: string) =>
      update((v) => ({
        ...v,
        parents: v.parents.map((p, i) => (i === index ? { ...p, [field]: field === 'household' ? Number(value) : value } : p)),
      })),
    [update],
  );
  const setStaff = useCallback(
    (index: number, field: 'name' | 'email' | 'role', value: string) =>
      update((v) => ({ ...v, staff: v.staff.map((s, i) => (i === index ? { ...s, [field]: value } : s)) })),
    [update],
  );

  const households = Math.max(2, ...values.parents.map((p) => p.household)) + 1;

  return {
    className,
    formRef,
    headingId,
    t,
    values,
    errors,
    otherErrors: [...errors].filter(([field]) => !shownAtField(field)).map(([, text]) => text),
    typeOptions: TALK_TYPES.map((type) => ({ value: type, label: talks.types[type].name })),
    typeHint: format(t.typeHint, { default: defaultDuration(values.type), max }),
    pupilOptions,
    groupOptions: [1, 2, 3, 4, 5, 6, 7, 8].map((g) => ({ value: String(g), label: format(t.groupOption, { group: g }) })),
    householdOptions: Array.from({ length: households }, (_, i) => ({ value: i + 1, label: format(t.householdOption, { n: i + 1 }) })),
    roleOptions: TALK_ROLES.map((role) => ({ value: role, label: talks.roles[role] })),
    colleagues: colleagues.length
      ? {
          label: t.colleagues,
          hint: t.colleaguesHint,
          staff: colleagues,
          selected: chosenColleagues(values, colleagues),
          meUpn: me?.upn,
          onChange: (upns: string[]) => update((v) => withColleagues(v, colleagues, upns)),
        }
      : null,
    modeOptions: TALK_MODES.map((mode) => ({ value: mode, label: talks.modes[mode] })),
    childSuggestion:
      pupil && Number.isInteger(pupil.group) && suggestChildJoins(pupil.group) && pupil.firstName.trim()
        ? format(t.childSuggested, { pupil: pupil.firstName.trim() })
        : null,
    durationText: duration !== null && duration > 0 ? format(t.duration, { minutes: duration, max }) : null,
    showPreTalk: allowsPreTalk(values.type),
    agenda: {
      rows: values.agenda,
      durationMinutes: duration,
      start: startInstant,
      errors,
      touched: values.agendaTouched,
      onChange: (rows) => update((v) => ({ ...v, agenda: rows, agendaTouched: true })),
      onFit: () => update(fitAgendaRows),
      onReset: () => update(resetAgenda),
    },
    questions: {
      rows: values.questions,
      errors,
      touched: values.questionsTouched,
      onChange: (rows) => update((v) => ({ ...v, questions: rows, questionsTouched: true })),
      onReset: () => update(resetQuestions),
    },
    typedTexts: [
      ...values.agenda.map((row) => ('text' in row.title ? row.title.text : '')),
      ...values.questions.map((q) => ('text' in q.value ? q.value.text : '')),
      values.location,
    ]
      .filter(Boolean)
      .join('\n'),
    clashes: clashesFound
      ? {
          heading: talks.ui.clash.heading,
          body: talks.ui.clash.body,
          lines: clashesFound.map((slot, i) => ({
            key: slot.id ?? String(i),
            text: format(talks.ui.clash.item, {
              subject: slot.subject?.trim() || talks.ui.clash.noSubject,
              start: timeText(slot.start, i18n),
              end: timeText(slot.end, i18n),
            }),
          })),
          planAnyway: talks.ui.clash.planAnyway,
          change: talks.ui.clash.change,
        }
      : null,
    failedText: status.state === 'failed' && !clashesFound ? t.failed : null,
    saving: status.state === 'saving',
    savingLabel: t.planning,
    submitLabel: t.submit,
    cancelLabel: t.cancel,

    setType: (type: TalkType) => update((v) => withType(v, type)),
    setPupilChoice: (choice: string) => update((v) => withPupil({ ...v, pupilChoice: choice }, pupils)),
    setNewPupil: (field, value) =>
      update((v) => {
        const next = { ...v, newPupil: { ...v.newPupil, [field]: value } };
        return field === 'group' ? withPupil(next, pupils) : next;
      }),
    setChildJoins: (value) => update((v) => withChildJoins(v, value, true)),
    setParent,
    addParent: () => update((v) => ({ ...v, parents: [...v.parents, emptyParent(v.parents.at(-1)?.household ?? 1)] })),
    removeParent: (index) => update((v) => ({ ...v, parents: v.parents.filter((_, i) => i !== index) })),
    setStaff,
    addStaff: () => update((v) => ({ ...v, staff: [...v.staff, emptyStaff()] })),
    removeStaff: (index) => update((v) => ({ ...v, staff: v.staff.filter((_, i) => i !== index) })),
    setMode: (mode: TalkMode) => update((v) => ({ ...v, mode })),
    setLocation: (location) => update((v) => ({ ...v, location })),
    setDate: (date) => update((v) => ({ ...v, date })),
    setStart: (start) => update((v) => withStart(v, start)),
    setEnd: (end) => update((v) => ({ ...v, end })),
    setPreTalk: (withPreTalk) => update((v) => ({ ...v, withPreTalk })),
    onSubmit,
    onPlanAnyway: () => void plan(false),
    onChangeTime: () => {
      save.reset();
      document.getElementById(`${headingId}-start`)?.focus();
    },
    onCancel,
    labels: {
      parent: (n) => format(t.parent, { n }),
      removeParent: (n) => format(t.removeParent, { n }),
      staffMember: (n) => format(t.staffMember, { n }),
      removeStaff: (n) => format(t.removeStaff, { n }),
    },
  };
}
