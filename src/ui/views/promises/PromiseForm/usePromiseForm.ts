import { type FormEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import { type Commitment, type CommitmentDraft, validateCommitment } from '../../../../domain/commitments';
import type { Goal } from '../../../../domain/goals';
import { type Bouw, BOUWEN, bouwOfGroup, isCoachOrManagement, type StaffMember } from '../../../../domain/people';
import { SINGLE_LINE_MAX } from '../../../../domain/validation';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { fieldMessages, otherMessages } from '../shared/fieldMessages';
import { newId } from '../shared/ids';
import { nextMeetingFrom } from '../shared/tracker';
import type { PromiseFormProps, PromiseFormState } from './PromiseForm.types';

const SHOWN = ['ownerUpn', 'ownerName', 'bouw', 'group', 'goalId', 'madeOn', 'dueDate', 'text'];
const GROUPS = [1, 2, 3, 4, 5, 6, 7, 8];

interface FormData {
  goals: Goal[];
  /** Everyone a promise can be entered for; just the signed-in person unless IB or MT. */
  staff: StaffMember[];
  staffFailed: boolean;
}

function ownBouw(person: StaffMember | undefined): Bouw | '' {
  if (!person) return '';
  if (person.bouw) return person.bouw;
  return person.group === undefined ? '' : bouwOfGroup(person.group);
}

export function usePromiseForm({ context, onCreated, onCancel, className }: PromiseFormProps): PromiseFormState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const t = messages.planner.commitment;
  const { me, cycle, meetings, today } = context;
  const forOthers = !!me && isCoachOrManagement(me.role);
  const headingId = `${useId()}-new`;
  const save = useSave<Commitment>();
  // One id per form: pressing save again after a failure never makes a second promise.
  const id = useRef(newId()).current;

  // The goals come with any tracker view; the staff list is for the IB and MT, who may make a
  // promise for a colleague.
  const load = useCallback(async (): Promise<FormData> => {
    const [snapshot, staff] = await Promise.all([
      api.commitments.load(cycle.id, { kind: 'mine' }),
      forOthers ? api.staff().catch(() => null) : Promise.resolve([]),
    ]);
    const goals = snapshot.goals.map((g) => g.value);
    const ofRound = goals.filter((g) => g.round === cycle.round);
    return {
      goals: (ofRound.length ? ofRound : goals).sort((a, b) => a.round - b.round || a.priority - b.priority),
      staff: staff ?? [],
      staffFailed: staff === null,
    };
  }, [api, cycle.id, cycle.round, forOthers]);
  const resource = useResource(load);
  const data = resource.state === 'ready' ? resource.data : null;

  const people = useMemo(() => {
    const list = (data?.staff ?? []).filter((s) => s.role !== 'guest' && s.upn.toLowerCase() !== me?.upn.toLowerCase());
    list.sort((a, b) => a.displayName.localeCompare(b.displayName, i18n.locale));
    return me ? [me, ...list] : list;
  }, [data, me, i18n.locale]);

  const madeAtSuggestion = meetings.find((m) => m.date === today && m.status !== 'cancelled');
  const dueSuggestion = nextMeetingFrom(meetings, today, true);

  const [ownerUpn, setOwnerUpn] = useState(me?.upn ?? '');
  const owner = people.find((p) => p.upn === ownerUpn) ?? me ?? undefined;
  const [bouw, setBouw] = useState<Bouw | ''>(ownBouw(me ?? undefined));
  const [group, setGroup] = useState(me?.group === undefined ? '' : String(me.group));
  const [goalId, setGoalId] = useState('');
  const [madeAtId, setMadeAtId] = useState(madeAtSuggestion?.id ?? '');
  const [madeOn, setMadeOn] = useState(today);
  const [dueMeetingId, setDueMeetingId] = useState(dueSuggestion?.id ?? '');
  const [dueDate, setDueDate] = useState(dueSuggestion?.date ?? '');
  const [text, setText] = useState('');
  const [dueOrder, setDueOrder] = useState<string | null>(null);

  const headingRef = useCallback((heading: HTMLHeadingElement | null) => heading?.focus(), []);

  const submit = useCallback(async () => {
    setDueOrder(null);
    if (!owner) return;
    const draft: CommitmentDraft = {
      cycleId: cycle.id,
      ownerUpn: owner.upn,
      ownerName: owner.displayName,
      bouw: bouw as Bouw,
      ...(group ? { group: Number(group) } : {}),
      ...(goalId ? { goalId } : {}),
      ...(madeAtId ? { madeAtMeetingId: madeAtId } : {}),
      ...(dueMeetingId ? { dueMeetingId } : {}),
      madeOn,
      dueDate,
      text,
      status: 'open',
      whatWorked: '',
      whatWasHard: '',
      supportWanted: false,
    };
    const verdict = validateCommitment(draft);
    if (!verdict.ok) {
      const order = verdict.errors.find((e) => e.field === 'dueDate' && e.code === 'dateOrder');
      if (order) setDueOrder(format(t.dueBeforeMade, { date: i18n.date(String(order.params?.after ?? madeOn), 'long') }));
    }
    if (!save.check(verdict)) return;
    const created = await save.run(() => api.commitments.create({ id, ...verdict.value }));
    if (created) onCreated(created);
  }, [owner, cycle.id, bouw, group, goalId, madeAtId, dueMeetingId, madeOn, dueDate, text, save, api, id, onCreated, format, i18n, t.dueBeforeMade]);

  const errors = fieldMessages(save.status);
  const meetingLabel = (m: (typeof meetings)[number]) => `${i18n.date(m.date, 'long')} · ${m.title}`;
  const usable = meetings.filter((m) => m.status !== 'cancelled');
  // Made at a meeting that has taken place (or is today); due at one on or after that day.
  const madeAtOptions = usable.filter((m) => m.date <= today || m.id === madeAtId);
  const dueOptions = usable.filter((m) => m.date >= (madeOn || today) || m.id === dueMeetingId);
  const length = text.trim().length;

  return {
    className,
    headingId,
    heading: t.newHeading,
    headingRef,
    loading: resource.state === 'loading',
    loadingLabel: t.loading,
    warning: data?.staffFailed ? t.staffFailed : resource.state === 'failed' ? t.formFailed : null,
    owner: forOthers
      ? {
          label: t.owner,
          value: ownerUpn,
          options: people.map((p) => ({
            value: p.upn,
            label: p.upn === me?.upn ? format(t.ownerSelf, { name: p.displayName }) : p.displayName,
          })),
          onChange: (upn) => {
            setOwnerUpn(upn);
            const person = people.find((p) => p.upn === upn);
            setBouw(ownBouw(person));
            setGroup(person?.group === undefined ? '' : String(person.group));
          },
          error: errors.get('ownerUpn') ?? errors.get('ownerName'),
        }
      : null,
    bouw: {
      label: t.bouw,
      value: bouw,
      options: [{ value: '', label: t.chooseBouw }, ...BOUWEN.map((b) => ({ value: b, label: messages.planner.digest.bouw[b] }))],
      onChange: (value) => {
        setBouw(value as Bouw | '');
        // A jaargroep of another bouw would file the promise in the wrong view.
        if (group && value && bouwOfGroup(Number(group)) !== value) setGroup('');
      },
      error: errors.get('bouw'),
    },
    group: {
      label: t.group,
      value: group,
      options: [
        { value: '', label: t.noGroup },
        ...GROUPS.map((g) => ({ value: String(g), label: format(t.groupNumber, { group: g }) })),
      ],
      onChange: (value) => {
        setGroup(value);
        if (value) setBouw(bouwOfGroup(Number(value)));
      },
      error: errors.get('group'),
    },
    goal: {
      label: t.goal,
      value: goalId,
      options: [{ value: '', label: t.noGoal }, ...(data?.goals ?? []).map((g) => ({ value: g.id, label: g.title }))],
      onChange: setGoalId,
      error: errors.get('goalId'),
    },
    madeAt: {
      label: t.madeAt,
      value: madeAtId,
      options: [{ value: '', label: t.noMeeting }, ...madeAtOptions.map((m) => ({ value: m.id, label: meetingLabel(m) }))],
      onChange: (value) => {
        setMadeAtId(value);
        const meeting = usable.find((m) => m.id === value);
        if (meeting) setMadeOn(meeting.date);
      },
      error: undefined,
    },
    madeOn: { label: t.madeOn, value: madeOn, onChange: setMadeOn, error: errors.get('madeOn') },
    dueMeeting: {
      label: t.dueMeeting,
      hint: t.dueHint,
      value: dueMeetingId,
      options: [{ value: '', label: t.noMeeting }, ...dueOptions.map((m) => ({ value: m.id, label: meetingLabel(m) }))],
      onChange: (value) => {
        setDueMeetingId(value);
        const meeting = usable.find((m) => m.id === value);
        if (meeting) setDueDate(meeting.date);
      },
      error: undefined,
    },
    dueDate: { label: t.dueDate, value: dueDate, onChange: setDueDate, error: dueOrder ?? errors.get('dueDate') },
    text: {
      label: t.text,
      hint: t.textHint,
      value: text,
      onChange: setText,
      error: errors.get('text'),
      count: format(t.textCount, { count: length, max: SINGLE_LINE_MAX }),
      over: length > SINGLE_LINE_MAX,
    },
    otherErrors: otherMessages(errors, SHOWN),
    failedText: save.status.state === 'failed' ? messages.shell.saving.failed : null,
    saving: save.status.state === 'saving',
    saveLabel: messages.shell.saving.save,
    cancelLabel: messages.shell.saving.cancel,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void submit();
    },
    onCancel,
  };
}
