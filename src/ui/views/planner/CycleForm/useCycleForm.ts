import { useId, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import {
  canChangeStatus,
  type ChangeCycle,
  type CycleDraft,
  type CycleStatus,
  CYCLE_STATUSES,
  validateCycle,
  validateCycleUpdate,
} from '../../../../domain/cycles';
import { type SchoolYear, schoolYearOf, shiftSchoolYear } from '../../../../domain/schoolYear';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { newId, otherMessages } from '../shared/saveStatus';
import type { CycleFormProps, CycleFormState } from './CycleForm.types';

const shown = (field: string) => ['title', 'dream', 'schoolYear', 'coachUpn', 'status'].includes(field);

/** The school years a cycle is usually planned in: last year to two years ahead. */
function schoolYearsAround(today: string, own: string | undefined): string[] {
  const now = schoolYearOf(today);
  const years = [-1, 0, 1, 2].map((by) => shiftSchoolYear(now, by) as string);
  if (own && !years.includes(own)) years.push(own);
  return years.sort();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * "Keep mine" after a conflict: the fields this person changed (against the version they
 * opened), laid over the version someone else saved; their other changes stay.
 */
export function mergeCycle(theirs: ChangeCycle, mine: CycleDraft, opened: ChangeCycle): CycleDraft {
  const { id: _id, ...merged } = theirs;
  const next: CycleDraft = { ...merged };
  if (!same(mine.title, opened.title)) next.title = mine.title;
  if (!same(mine.dream, opened.dream)) next.dream = mine.dream;
  if (!same(mine.schoolYear, opened.schoolYear)) next.schoolYear = mine.schoolYear;
  if (!same(mine.status, opened.status)) next.status = mine.status;
  if (!same(mine.memberUpns, opened.memberUpns)) next.memberUpns = mine.memberUpns;
  if (!same(mine.coachUpn, opened.coachUpn)) {
    next.coachUpn = mine.coachUpn;
    if (mine.coachName) next.coachName = mine.coachName;
    else delete next.coachName;
  }
  return next;
}

export function useCycleForm(props: CycleFormProps): CycleFormState {
  const { mode, current, staff, today, className } = props;
  const api = useDataApi();
  const i18n = useI18n();
  const m = i18n.messages;
  const t = m.planner.cycle;
  const id = useId();
  const save = useSave<ChangeCycle>();
  const [cycleId] = useState(newId);
  const stored = current?.value;

  const [title, setTitle] = useState(stored?.title ?? '');
  const [dream, setDream] = useState(stored?.dream ?? '');
  const [schoolYear, setSchoolYear] = useState<string>(stored?.schoolYear ?? schoolYearOf(today));
  const [coachUpn, setCoachUpn] = useState(stored?.coachUpn ?? staff.find((s) => s.role === 'ib')?.upn ?? '');
  const [memberUpns, setMemberUpns] = useState<ReadonlySet<string>>(
    () => new Set(stored?.memberUpns ?? staff.filter((s) => s.inChangeTeam).map((s) => s.upn)),
  );
  const [status, setStatus] = useState<CycleStatus>(stored?.status ?? props.defaultStatus ?? 'active');

  const submit = async (theirs?: Versioned<ChangeCycle>) => {
    const base = theirs ?? current;
    const coach = staff.find((s) => s.upn === coachUpn);
    const mine: CycleDraft = {
      title,
      dream,
      schoolYear: schoolYear as SchoolYear,
      status,
      coachUpn,
      ...(coach ? { coachName: coach.displayName } : stored?.coachUpn === coachUpn && stored.coachName ? { coachName: stored.coachName } : {}),
      // Keep the order of the staff list, and anyone chosen who is no longer on it.
      memberUpns: [...staff.map((s) => s.upn).filter((u) => memberUpns.has(u)), ...[...memberUpns].filter((u) => !staff.some((s) => s.upn === u))],
      round: base?.value.round ?? 1,
      stepsDone: base?.value.stepsDone ?? [],
    };
    const draft = theirs && stored ? mergeCycle(theirs.value, mine, stored) : mine;
    if (mode === 'edit' && base) {
      if (!save.check(validateCycleUpdate(base.value, draft))) return;
      const saved = await save.run(() => api.planner.updateCycle(base, draft));
      if (saved) props.onSaved(saved, false);
    } else {
      if (!save.check(validateCycle(draft))) return;
      const saved = await save.run(() => api.planner.createCycle({ id: cycleId, ...draft }));
      if (saved) props.onSaved(saved, true);
    }
  };

  const statuses: CycleStatus[] =
    mode === 'edit' && stored ? CYCLE_STATUSES.filter((s) => canChangeStatus(stored.status, s)) : ['draft', 'active'];
  const coachChoices = staff.map((s) => ({ value: s.upn, label: s.displayName }));
  const st = save.status;

  return {
    className,
    headingId: `${id}-heading`,
    heading: mode === 'edit' ? t.editHeading : t.newHeading,
    labels: {
      title: t.title,
      dream: t.dream,
      dreamHint: t.dreamHint,
      schoolYear: t.schoolYear,
      coach: t.coach,
      members: t.members,
      membersHint: t.membersHint,
      status: t.status,
      statusHint: m.planner.rules.statusOrder,
    },
    errors: st.state === 'invalid' ? st.errors : new Map(),
    title,
    dream,
    schoolYear,
    coachUpn,
    memberUpns,
    status,
    schoolYears: schoolYearsAround(today, stored?.schoolYear).map((y) => ({ value: y, label: y })),
    coaches: coachUpn && !staff.some((s) => s.upn === coachUpn)
      ? [{ value: coachUpn, label: stored?.coachName ?? coachUpn }, ...coachChoices]
      : [{ value: '', label: t.choosePerson }, ...coachChoices],
    members: staff.map((s) => ({ value: s.upn, label: s.displayName })),
    statuses: statuses.map((s) => ({ value: s, label: m.planner.cycleStatus[s] })),
    onTitleChange: setTitle,
    onDreamChange: setDream,
    onSchoolYearChange: setSchoolYear,
    onCoachChange: setCoachUpn,
    onMemberToggle: (upn, checked) =>
      setMemberUpns((set) => {
        const next = new Set(set);
        if (checked) next.add(upn);
        else next.delete(upn);
        return next;
      }),
    onStatusChange: (value) => setStatus(value as CycleStatus),
    submitLabel: mode === 'edit' ? m.shell.saving.save : t.create,
    cancelLabel: m.shell.saving.cancel,
    saving: st.state === 'saving',
    onSubmit: () => void submit(),
    onCancel: props.onCancel,
    messages: [...otherMessages(st, shown), ...(st.state === 'failed' ? [m.shell.saving.failed] : [])],
    conflict: {
      open: st.state === 'conflict',
      theirs: st.state === 'conflict' ? st.current?.value : undefined,
      onKeepMine: () => {
        if (st.state === 'conflict' && st.current) void submit(st.current);
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
    theirsStatus: (s) => m.planner.cycleStatus[s],
  };
}
