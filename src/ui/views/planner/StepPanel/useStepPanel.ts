import { useCallback, useId, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import { type ChangeCycle, validateCycle } from '../../../../domain/cycles';
import { completeStep, latestRecord, type StepEntry } from '../../../../domain/guidedPath';
import { STEP_CAPTURES } from '../../../../domain/stepCaptures';
import { stepKey } from '../../../../domain/steps';
import type { FieldError } from '../../../../domain/validation';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import type { GoalCardMode } from '../GoalCard/GoalCard.types';
import { fieldMessage, newId, otherMessages } from '../shared/saveStatus';
import type { StepCompletion, StepPanelProps, StepPanelState } from './StepPanel.types';

const GOAL_MODES: Partial<Record<string, GoalCardMode>> = { goals: 'goal', goalBenefits: 'benefits', goalSigns: 'signs' };

/** Fields the panel has an input for; any other refusal is shown above the button. */
const shown = (field: string) => ['dream', 'notes', 'score'].includes(field) || field.startsWith('items.');

export function useStepPanel(props: StepPanelProps): StepPanelState {
  const { cycle, step, progress, currentStep, records, goals, meetings, readOnly, today, className } = props;
  const api = useDataApi();
  const i18n = useI18n();
  const m = i18n.messages;
  const t = m.planner.path;
  const key = stepKey(step);
  const guide = m.steps[key];
  const capture = STEP_CAPTURES[key];
  const id = useId();
  const save = useSave<ChangeCycle>();

  const recordValues = records.map((r) => r.value);
  const last = latestRecord(recordValues, cycle.value.round, step);
  const todaysMeeting = meetings.find((mt) => mt.value.date === today)?.value.id ?? '';

  // One id per completion, kept across retries so a retried save never writes twice.
  const [entryId] = useState(newId);
  const [dream, setDream] = useState(cycle.value.dream);
  const [items, setItems] = useState<string[]>(() => [...(last?.items ?? [])]);
  const [notes, setNotes] = useState(last?.notes ?? '');
  const [scoreText, setScoreText] = useState(last?.score === undefined ? '' : i18n.number(last.score));
  const [meetingId, setMeetingId] = useState(todaysMeeting);
  const [goalsDirty, setGoalsDirty] = useState(false);
  const [blockedByGoals, setBlockedByGoals] = useState(false);
  const onGoalsDirty = useCallback((dirty: boolean) => {
    setGoalsDirty(dirty);
    if (!dirty) setBlockedByGoals(false);
  }, []);

  const submit = async (theirs?: Versioned<ChangeCycle>) => {
    const base = theirs ?? cycle;
    if (goalsDirty) {
      setBlockedByGoals(true);
      return;
    }
    setBlockedByGoals(false);
    let score: number | undefined;
    if (capture.score) {
      const text = scoreText.trim().replace(',', '.');
      score = text === '' ? undefined : Number(text);
      if (score !== undefined && !Number.isFinite(score)) {
        save.check({ ok: false, errors: [{ field: 'score', code: 'notANumber' }] });
        return;
      }
    }
    const entry: StepEntry = {
      id: entryId,
      step,
      date: today,
      items: capture.store === 'recordItems' ? items : [],
      notes,
      ...(meetingId ? { meetingId } : {}),
      ...(score === undefined ? {} : { score }),
    };
    const errors: FieldError[] = [];
    const verdict = completeStep(base.value, recordValues, entry);
    if (!verdict.ok) errors.push(...verdict.errors);
    if (step === 1) {
      const { id: _id, ...draft } = base.value;
      const dreamVerdict = validateCycle({ ...draft, dream });
      if (!dreamVerdict.ok) errors.push(...dreamVerdict.errors);
    }
    if (!save.check(errors.length ? { ok: false, errors } : { ok: true, value: entry })) return;
    let done: StepCompletion | undefined;
    const stored = await save.run(async () => {
      done = await api.planner.completeStep(base, recordValues, entry, step === 1 ? dream : undefined);
      return done.cycle;
    });
    if (stored && done) props.onCompleted(done);
  };

  const status = save.status;
  const errors: ReadonlyMap<string, string> = status.state === 'invalid' ? status.errors : new Map();
  const meetingById = new Map(meetings.map((mt) => [mt.value.id, mt.value]));
  const doneMeeting = progress.meetingId ? meetingById.get(progress.meetingId) : undefined;
  const doneText = progress.date
    ? [
        i18n.format(t.doneOn, { date: i18n.date(progress.date) }),
        ...(doneMeeting ? [i18n.format(t.inMeeting, { meeting: doneMeeting.title })] : []),
      ].join(' ')
    : null;
  const notReached = progress.state === 'upcoming' && currentStep !== null;
  const messages = [
    ...otherMessages(status, shown),
    ...(status.state === 'failed' ? [m.shell.saving.failed] : []),
    ...(blockedByGoals && goalsDirty ? [t.unsavedGoals] : []),
  ];

  return {
    className,
    headingId: `${id}-heading`,
    headingRef: props.headingRef,
    heading: i18n.format(t.step, { step, title: guide.title }),
    stepState: progress.state,
    stateLabel: m.planner.stepState[progress.state],
    doneText,
    timesText: progress.times > 1 ? i18n.format(t.revisited, { times: progress.times }) : null,

    purpose: guide.purpose,
    promptsHeading: t.prompts,
    prompts: Object.values(guide.prompts),
    capturesHeading: t.captures,
    captures: guide.captures,

    store: capture.store,
    readOnly,
    notReachedText: notReached ? i18n.format(m.planner.rules.notReached, { step, current: currentStep }) : null,

    dream:
      capture.store === 'cycleDream'
        ? {
            label: m.planner.cycle.dream,
            hint: m.planner.cycle.dreamHint,
            value: readOnly ? cycle.value.dream : dream,
            error: fieldMessage(status, 'dream'),
            onChange: setDream,
          }
        : null,
    goalMode: GOAL_MODES[capture.store] ?? null,
    goalProps: {
      goals,
      cycleId: cycle.value.id,
      round: cycle.value.round,
      onGoalSaved: props.onGoalSaved,
      onGoalDeleted: props.onGoalDeleted,
      onDirtyChange: onGoalsDirty,
      onReload: props.onReload,
    },
    lines:
      capture.store === 'recordItems'
        ? { legend: t.captures, itemLabel: guide.item, lines: items, onChange: setItems, errors }
        : null,
    score: capture.score
      ? {
          label: t.score,
          hint: t.scoreHint,
          value: scoreText,
          error: fieldMessage(status, 'score'),
          onChange: setScoreText,
          readOnlyValue: last?.score === undefined ? null : i18n.number(last.score),
        }
      : null,
    promises:
      capture.store === 'commitments' ? { hint: t.promisesHint, linkLabel: t.promisesLink, href: '#beloftes' } : null,
    notes: { label: t.notes, value: notes, error: fieldMessage(status, 'notes'), onChange: setNotes },
    meeting: {
      label: t.meeting,
      value: meetingId,
      options: [
        { value: '', label: t.noMeeting },
        ...[...meetings]
          .sort((a, b) => a.value.date.localeCompare(b.value.date))
          .map((mt) => ({ value: mt.value.id, label: `${i18n.date(mt.value.date)} · ${mt.value.title}` })),
      ],
      onChange: setMeetingId,
    },

    completeLabel: progress.state === 'done' ? t.revisit : t.complete,
    saving: status.state === 'saving',
    onComplete: () => void submit(),
    messages,

    conflict: {
      open: status.state === 'conflict',
      theirs: status.state === 'conflict' ? status.current?.value : undefined,
      onKeepMine: () => {
        if (status.state === 'conflict' && status.current) void submit(status.current);
        else {
          save.reset();
          props.onReload();
        }
      },
      onTakeTheirs: () => {
        save.reset();
        props.onReload();
      },
    },
    theirsLabels: { title: m.planner.cycle.title, dream: m.planner.cycle.dream, steps: m.planner.path.heading },
  };
}
