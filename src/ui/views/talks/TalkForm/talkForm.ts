/**
 * The planning form's values and how they become a talk: what the person typed, kept as typed
 * (strings for numbers and times), turned into a TalkDraft and checked with the domain's
 * validateTalk. Pure, so the rules of the form are tested without rendering it.
 */
import type { Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';
import { agendaTotal, fitAgenda } from '../../../../domain/talks/agenda';
import {
  type AgendaKey,
  agendaFromTemplate,
  allowsPreTalk,
  defaultDuration,
  type QuestionKey,
  questionsFromTemplate,
  suggestChildJoins,
} from '../../../../domain/talks/templates';
import { addMinutes, minutesBetween } from '../../../../domain/talks/time';
import type { AgendaItem, CatalogText, Pupil, Talk, TalkMode, TalkRole, TalkType } from '../../../../domain/talks/types';
import { type TalkDraft, validateTalk } from '../../../../domain/talks/validate';
import type { FieldError, Validated } from '../../../../domain/validation';
import { newId } from '../shared/ids';
import { isTime, schoolInstant, wallClockOf } from '../shared/wallClock';

export const NEW_PUPIL = '__new__';

export interface ParentRow {
  key: string;
  name: string;
  email: string;
  household: number;
}

export interface StaffRow {
  key: string;
  name: string;
  email: string;
  role: TalkRole;
}

export interface AgendaRow {
  key: string;
  title: CatalogText<AgendaKey>;
  /** As typed. */
  minutes: string;
}

export interface QuestionRow {
  key: string;
  value: CatalogText<QuestionKey>;
}

export interface TalkFormValues {
  type: TalkType;
  /** A stored pupil's id, NEW_PUPIL, or '' while none is chosen. */
  pupilChoice: string;
  newPupil: { id: string; firstName: string; group: string };
  parents: ParentRow[];
  staff: StaffRow[];
  childJoins: boolean;
  /** Once the person chose, the group no longer decides. */
  childJoinsTouched: boolean;
  mode: TalkMode;
  location: string;
  /** School wall clock: YYYY-MM-DD and HH:MM. */
  date: string;
  start: string;
  end: string;
  withPreTalk: boolean;
  agenda: AgendaRow[];
  /** Once edited, a change of type or child no longer replaces the agenda. */
  agendaTouched: boolean;
  questions: QuestionRow[];
  questionsTouched: boolean;
}

/** The role in a talk that a staff member's school role suggests (it can be changed in the form). */
export const TALK_ROLE_OF: Record<StaffMember['role'], TalkRole> = {
  ib: 'ib',
  mt: 'directie',
  leerkracht: 'leerkracht',
  veranderteam: 'leerkracht',
  guest: 'leerkracht',
};

export function agendaRows(agenda: readonly AgendaItem[]): AgendaRow[] {
  return agenda.map((item) => ({ key: newId(), title: item.title, minutes: String(item.minutes) }));
}

export function questionRows(questions: readonly CatalogText<QuestionKey>[]): QuestionRow[] {
  return questions.map((value) => ({ key: newId(), value }));
}

export function emptyParent(household = 1): ParentRow {
  return { key: newId(), name: '', email: '', household };
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The UPNs of the staff members who are among the form's participants. */
export function chosenColleagues(values: TalkFormValues, staff: readonly StaffMember[]): string[] {
  return staff.filter((member) => values.staff.some((row) => sameAddress(row.email, member.upn))).map((m) => m.upn);
}

/**
 * The participants after choosing colleagues in the picker: chosen ones not yet there are added
 * with the role their school role suggests; staff members no longer chosen are removed; people
 * typed in by hand (outside experts, anyone not on the staff list) stay as they are.
 */
export function withColleagues(values: TalkFormValues, staff: readonly StaffMember[], upns: readonly string[]): TalkFormValues {
  const chosen = staff.filter((member) => upns.some((upn) => sameAddress(upn, member.upn)));
  const kept = values.staff.filter(
    (row) => !staff.some((member) => sameAddress(row.email, member.upn)) || chosen.some((member) => sameAddress(row.email, member.upn)),
  );
  const added = chosen
    .filter((member) => !kept.some((row) => sameAddress(row.email, member.upn)))
    .map((member) => ({ key: newId(), name: member.displayName, email: member.upn, role: TALK_ROLE_OF[member.role] }));
  const rows = [...kept, ...added];
  return { ...values, staff: rows.length ? rows : [emptyStaff()] };
}

export function emptyStaff(role: TalkRole = 'leerkracht'): StaffRow {
  return { key: newId(), name: '', email: '', role };
}

/** A fresh form: tomorrow at 15:00, the organiser as the first person from school. */
export function initialValues(me: StaffMember | null, tomorrow: string, type: TalkType = 'voortgang'): TalkFormValues {
  const start = '15:00';
  return {
    type,
    pupilChoice: '',
    newPupil: { id: newId(), firstName: '', group: '' },
    parents: [emptyParent(1)],
    staff: [me ? { key: newId(), name: me.displayName, email: me.upn, role: TALK_ROLE_OF[me.role] } : emptyStaff()],
    childJoins: false,
    childJoinsTouched: false,
    mode: 'online',
    location: '',
    date: tomorrow,
    start,
    end: endAfter(tomorrow, start, defaultDuration(type)),
    withPreTalk: false,
    agenda: agendaRows(agendaFromTemplate(type, false)),
    agendaTouched: false,
    questions: questionRows(questionsFromTemplate(type)),
    questionsTouched: false,
  };
}

/** HH:MM `minutes` after date+start on the school clock ('' when the start is not a time). */
export function endAfter(date: string, start: string, minutes: number): string {
  const at = schoolInstant(date, start);
  return at ? wallClockOf(addMinutes(at, minutes)).time : '';
}

/** Minutes from start to end, or null while either is not a valid time. */
export function durationOf(values: Pick<TalkFormValues, 'date' | 'start' | 'end'>): number | null {
  const from = schoolInstant(values.date, values.start);
  const to = schoolInstant(values.date, values.end);
  return from && to ? minutesBetween(from, to) : null;
}

export function pupilOf(values: TalkFormValues, pupils: readonly Versioned<Pupil>[]): Pupil | null {
  if (values.pupilChoice === NEW_PUPIL) {
    const { id, firstName, group } = values.newPupil;
    return { id, firstName, group: group.trim() === '' ? Number.NaN : Number(group) };
  }
  return pupils.find((p) => p.value.id === values.pupilChoice)?.value ?? null;
}

/** What the agenda editor shows as an item's text: the catalog's words or the typed ones. */
export function agendaItems(rows: readonly AgendaRow[]): AgendaItem[] {
  return rows.map((row) => ({ title: row.title, minutes: minutesOf(row.minutes) }));
}

function minutesOf(typed: string): number {
  const text = typed.trim();
  return text === '' ? Number.NaN : Number(text);
}

/** The talk as the form says it, before any check. */
export function draftOf(values: TalkFormValues, pupils: readonly Versioned<Pupil>[]): TalkDraft {
  const pupil = pupilOf(values, pupils) ?? { id: '', firstName: '', group: Number.NaN };
  const start = schoolInstant(values.date, values.start) ?? '';
  const duration = durationOf(values);
  const withPreTalk = values.withPreTalk && allowsPreTalk(values.type);
  return {
    type: values.type,
    pupil,
    parents: values.parents.map(({ name, email, household }) => ({ name, email, household })),
    staff: values.staff.map(({ name, email, role }) => ({ name, email, role })),
    childJoins: values.childJoins,
    mode: values.mode,
    ...(values.mode === 'inPerson' && values.location.trim() ? { location: values.location } : {}),
    start,
    durationMinutes: duration ?? Number.NaN,
    withPreTalk,
    agenda: agendaItems(values.agenda),
    preparationQuestions: values.questions.map((q) => q.value),
    status: 'planned',
  };
}

/**
 * The form's verdict: its own checks (a pupil chosen, a date and times given) and then the
 * domain's validateTalk. When the form already refused the time, the domain's follow-on
 * refusals of the same time are left out so each problem is said once.
 */
export function checkTalkForm(values: TalkFormValues, pupils: readonly Versioned<Pupil>[]): Validated<TalkDraft> {
  const own: FieldError[] = [];
  if (!values.pupilChoice) own.push({ field: 'pupil', code: 'required' });
  if (!values.date) own.push({ field: 'date', code: 'required' });
  else if (!schoolInstant(values.date, '12:00')) own.push({ field: 'date', code: 'invalidDate' });
  if (!isTime(values.start)) own.push({ field: 'start', code: 'required' });
  if (!isTime(values.end)) own.push({ field: 'end', code: 'required' });
  const timeRefused = own.some((e) => e.field === 'date' || e.field === 'start' || e.field === 'end');

  const verdict = validateTalk(draftOf(values, pupils));
  const domain = verdict.ok
    ? []
    : verdict.errors.filter(
        (e) =>
          !(values.pupilChoice === '' && e.field.startsWith('pupil')) &&
          !(timeRefused && (e.field === 'start' || e.field === 'durationMinutes' || e.field === 'agenda')),
      );
  const errors = [...own, ...domain];
  if (errors.length) return { ok: false, errors };
  return verdict;
}

/** The talk to plan, with the id made when the form opened. */
export function talkFrom(draft: TalkDraft, id: string): Talk {
  return { ...draft, id };
}

// ---- changes that carry consequences --------------------------------------------------------

export function withType(values: TalkFormValues, type: TalkType): TalkFormValues {
  const previousDefault = defaultDuration(values.type);
  const duration = durationOf(values);
  return {
    ...values,
    type,
    // A talk still at the old type's usual length takes the new type's usual length.
    end: duration === null || duration === previousDefault ? endAfter(values.date, values.start, defaultDuration(type)) : values.end,
    withPreTalk: allowsPreTalk(type) ? values.withPreTalk : false,
    agenda: values.agendaTouched ? values.agenda : agendaRows(agendaFromTemplate(type, values.childJoins)),
    questions: values.questionsTouched ? values.questions : questionRows(questionsFromTemplate(type)),
  };
}

export function withChildJoins(values: TalkFormValues, childJoins: boolean, touched: boolean): TalkFormValues {
  return {
    ...values,
    childJoins,
    childJoinsTouched: values.childJoinsTouched || touched,
    agenda: values.agendaTouched ? values.agenda : agendaRows(agendaFromTemplate(values.type, childJoins)),
  };
}

/** A pupil (or group) chosen: from group 6 on the child is suggested to join, unless decided. */
export function withPupil(values: TalkFormValues, pupils: readonly Versioned<Pupil>[]): TalkFormValues {
  const pupil = pupilOf(values, pupils);
  if (values.childJoinsTouched || !pupil || !Number.isInteger(pupil.group)) return values;
  return withChildJoins(values, suggestChildJoins(pupil.group), false);
}

/** A new start keeps the talk's length. */
export function withStart(values: TalkFormValues, start: string): TalkFormValues {
  const duration = durationOf(values);
  const end = duration !== null && duration > 0 && isTime(start) ? endAfter(values.date, start, duration) : values.end;
  return { ...values, start, end };
}

export function fitAgendaRows(values: TalkFormValues): TalkFormValues {
  const duration = durationOf(values);
  if (duration === null || duration <= 0) return values;
  const items = agendaItems(values.agenda).map((item) => ({
    ...item,
    minutes: Number.isInteger(item.minutes) && item.minutes > 0 ? item.minutes : 1,
  }));
  const fitted = fitAgenda(items, duration);
  // fitAgenda keeps the first and the last items when it must drop some; keep their row keys.
  const rows = fitted.map((item, i) => {
    const last = i === fitted.length - 1 && fitted.length < values.agenda.length;
    const from = last ? values.agenda.at(-1) : values.agenda[i];
    return { key: from?.key ?? newId(), title: item.title, minutes: String(item.minutes) };
  });
  return { ...values, agenda: rows, agendaTouched: true };
}

export function agendaMinutes(values: TalkFormValues): number {
  return agendaTotal(agendaItems(values.agenda).map((i) => ({ minutes: Number.isFinite(i.minutes) ? i.minutes : 0 })));
}

export function resetAgenda(values: TalkFormValues): TalkFormValues {
  return { ...values, agenda: agendaRows(agendaFromTemplate(values.type, values.childJoins)), agendaTouched: false };
}

export function resetQuestions(values: TalkFormValues): TalkFormValues {
  return { ...values, questions: questionRows(questionsFromTemplate(values.type)), questionsTouched: false };
}

export function move<T>(rows: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row as T);
  return next;
}
