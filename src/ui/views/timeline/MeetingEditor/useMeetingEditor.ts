import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import { MEETING_STATUSES, type Meeting, type MeetingStatus, type MeetingType } from '../../../../domain/meetings';
import { STEP_KEYS, stepKey, type StepNumber } from '../../../../domain/steps';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { checkMeetingForm, formOf, type MeetingFormValues } from './meetingForm';
import type {
  MeetingEditorBody,
  MeetingEditorProps,
  MeetingEditorState,
  MeetingEditorTarget,
  MeetingSummaryLine,
} from './MeetingEditor.types';

/** The meetings the timeline plans; talks and intervisie are planned in their own sections. */
const TIMELINE_TYPES: readonly MeetingType[] = ['veranderteam', 'team', 'bouw', 'mt', 'informatieavond'];
const STEPS = STEP_KEYS.map((_, i) => (i + 1) as StepNumber);
/** Fields the form shows a message under; a refusal of any other field is shown above the buttons. */
const FORM_FIELDS = new Set(['title', 'date', 'purpose', 'score', 'minutes', 'type', 'status', 'stepsCovered']);

/** The stored meeting behind an edit: loading, there (with its etag), gone, or failed to load. */
type Stored =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; value: Versioned<Meeting> }
  | { state: 'missing' }
  | { state: 'failed'; error: unknown };

const EMPTY: MeetingFormValues = {
  type: 'veranderteam',
  title: '',
  date: '',
  purpose: '',
  steps: [],
  status: 'planned',
  score: '',
  minutes: '',
};

export function useMeetingEditor({ target, onSaved, onClose, onTheirsTaken }: MeetingEditorProps): MeetingEditorState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const t = messages.planner.timeline;
  const save = useSave<Meeting>();
  const { reset } = save;
  const [values, setValues] = useState<MeetingFormValues>(EMPTY);
  const [stored, setStored] = useState<Stored>({ state: 'none' });
  const [attempt, setAttempt] = useState(0);
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const findStored = useCallback(
    async (of: MeetingEditorTarget): Promise<Versioned<Meeting> | undefined> =>
      (await api.meetings.ofCycle(of.meeting.cycleId)).find((m) => m.value.id === of.meeting.id),
    [api],
  );

  // A newly opened dialog starts from its target; an edit then loads the stored version, so the
  // save carries its etag and the form shows what is stored now.
  useEffect(() => {
    reset();
    if (!target) return;
    setValues(formOf(target.meeting, i18n.number));
    if (target.mode === 'create') {
      setStored({ state: 'none' });
      return;
    }
    let live = true;
    setStored({ state: 'loading' });
    findStored(target).then(
      (found) => {
        if (!live) return;
        if (!found) return setStored({ state: 'missing' });
        setStored({ state: 'ready', value: found });
        setValues(formOf(found.value, i18n.number));
      },
      (error: unknown) => live && setStored({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [target, attempt, findStored, reset, i18n]);

  // Once the stored meeting is there, the form starts at its first field (while it loaded, the
  // dialog could only focus its cancel button).
  const loaded = target?.mode === 'edit' && stored.state === 'ready';
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  // A refused save takes the person to the first field that needs a change (in a narrow dialog
  // it may be out of sight); the message is its accessible description.
  const refused = save.status.state === 'invalid' ? save.status : null;
  useEffect(() => {
    if (refused) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const write = useCallback(
    (base: Versioned<Meeting> | undefined) => {
      if (!target) return;
      const verdict = checkMeetingForm(values, target.meeting.cycleId);
      if (!save.check(verdict)) return;
      const draft = verdict.value;
      void save
        .run(() => {
          if (target.mode === 'create') return api.meetings.create({ ...draft, id: target.meeting.id });
          if (!base) return Promise.reject(new Error('the stored meeting is not loaded'));
          return api.meetings.update(base, draft);
        })
        .then((saved) => saved && onSaved(saved));
    },
    [target, values, save, api, onSaved],
  );

  const onSubmit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      write(stored.state === 'ready' ? stored.value : undefined);
    },
    [write, stored],
  );

  const conflict = save.status.state === 'conflict' ? save.status : null;

  /** Their version: from the conflict, or read again when the conflict did not carry it. */
  const theirs = useCallback(async (): Promise<Versioned<Meeting> | undefined> => {
    if (conflict?.current) return conflict.current;
    return target ? findStored(target) : undefined;
  }, [conflict, target, findStored]);

  const onKeepMine = useCallback(() => {
    if (target?.mode === 'create') return write(undefined);
    void theirs().then(
      (current) => {
        if (!current) return setStored({ state: 'missing' });
        setStored({ state: 'ready', value: current });
        write(current);
      },
      () => write(undefined),
    );
  }, [target, theirs, write]);

  const onTakeTheirs = useCallback(() => {
    void theirs().then(
      (current) => {
        reset();
        if (!current) return target?.mode === 'create' ? onClose() : setStored({ state: 'missing' });
        setStored({ state: 'ready', value: current });
        setValues(formOf(current.value, i18n.number));
        onTheirsTaken?.(current);
      },
      (error: unknown) => {
        reset();
        setStored({ state: 'failed', error });
      },
    );
  }, [theirs, reset, target, onClose, onTheirsTaken, i18n]);

  const setText = useCallback(
    (field: 'title' | 'date' | 'purpose' | 'score' | 'minutes', value: string) =>
      setValues((v) => ({ ...v, [field]: value })),
    [],
  );
  const setType = useCallback(
    (type: MeetingType) =>
      setValues((v) => ({
        ...v,
        type,
        // A title that is still the type's name follows the type.
        title: v.title === messages.shell.meetingTypes[v.type] ? messages.shell.meetingTypes[type] : v.title,
      })),
    [messages],
  );
  const setStatus = useCallback((status: MeetingStatus) => setValues((v) => ({ ...v, status })), []);
  const toggleStep = useCallback(
    (step: StepNumber, checked: boolean) =>
      setValues((v) => ({ ...v, steps: checked ? [...v.steps.filter((s) => s !== step), step] : v.steps.filter((s) => s !== step) })),
    [],
  );
  const retryLoad = useCallback(() => setAttempt((n) => n + 1), []);

  const errors = save.status.state === 'invalid' ? save.status.errors : new Map<string, string>();
  const field = (label: string, key: string, hint?: string) => ({ label, error: errors.get(key), ...(hint ? { hint } : {}) });

  const typeOptions = useMemo(
    () =>
      (TIMELINE_TYPES.includes(values.type) ? TIMELINE_TYPES : [...TIMELINE_TYPES, values.type]).map((type) => ({
        value: type,
        label: messages.shell.meetingTypes[type],
      })),
    [values.type, messages],
  );

  let body: MeetingEditorBody = { kind: 'form' };
  if (target?.mode === 'edit') {
    if (stored.state === 'loading' || stored.state === 'none') body = { kind: 'loading', label: t.meetingLoading };
    else if (stored.state === 'missing') body = { kind: 'missing', text: t.meetingGone };
    else if (stored.state === 'failed') body = { kind: 'failed', error: stored.error, onRetry: retryLoad };
  }

  return {
    open: target !== null,
    heading: target?.mode === 'create' ? t.planNext : t.editHeading,
    body,
    values,
    titleRef,
    formRef,
    fields: {
      type: field(t.type, 'type'),
      title: field(t.title, 'title'),
      date: field(t.date, 'date'),
      purpose: field(t.purpose, 'purpose', t.purposeHint),
      steps: field(t.stepsCovered, 'stepsCovered'),
      status: field(t.status, 'status'),
      score: field(t.scoreAfter, 'score', t.scoreHint),
      minutes: field(t.minutes, 'minutes', t.minutesHint),
    },
    typeOptions,
    statusOptions: MEETING_STATUSES.map((status) => ({ value: status, label: t[status] })),
    stepOptions: STEPS.map((step) => ({
      value: step,
      label: format(messages.planner.path.step, { step, title: messages.steps[stepKey(step)].title }),
    })),
    showScore: values.status === 'held',
    showMinutes: values.status !== 'planned' || values.minutes.trim() !== '',
    formErrors: [...errors].filter(([key]) => !FORM_FIELDS.has(key)).map(([, text]) => text),
    failedText: save.status.state === 'failed' ? messages.shell.saving.failed : null,
    saving: save.status.state === 'saving',
    saveLabel: messages.shell.saving.save,
    cancelLabel: messages.shell.saving.cancel,
    conflict: { open: conflict !== null, theirs: conflict?.current ? summaryOf(conflict.current.value) : [] },
    setText,
    setType,
    setStatus,
    toggleStep,
    onSubmit,
    onCancel: onClose,
    onKeepMine,
    onTakeTheirs,
  };

  function summaryOf(meeting: Meeting): MeetingSummaryLine[] {
    const lines: MeetingSummaryLine[] = [
      { label: t.title, value: meeting.title },
      { label: t.date, value: i18n.date(meeting.date, 'long') },
      { label: t.type, value: messages.shell.meetingTypes[meeting.type] },
      { label: t.status, value: t[meeting.status] },
    ];
    if (meeting.score !== undefined) lines.push({ label: t.scoreAfter, value: i18n.number(meeting.score) });
    if (meeting.stepsCovered.length) {
      lines.push({ label: t.stepsCovered, value: meeting.stepsCovered.map((s) => i18n.number(s)).join(', ') });
    }
    if (meeting.purpose.trim()) lines.push({ label: t.purpose, value: meeting.purpose.trim() });
    if (meeting.minutes.trim()) lines.push({ label: t.minutes, value: meeting.minutes.trim() });
    return lines;
  }
}
