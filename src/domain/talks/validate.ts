import { type FieldError, optionalText, requiredText, SINGLE_LINE_MAX, type Validated } from '../validation';
import { agendaTotal } from './agenda';
import { isValidEmail } from './email';
import { AGENDA_KEYS, allowsPreTalk, maxDuration, QUESTION_KEYS } from './templates';
import { isInstant } from './time';
import {
  type CatalogText,
  type Participant,
  type Parent,
  type Pupil,
  type Talk,
  TALK_MODES,
  TALK_ROLES,
  TALK_STATUSES,
  TALK_TYPES,
} from './types';

export type TalkDraft = Omit<Talk, 'id'>;

/**
 * One first name, letters only, joined by a hyphen or apostrophe at most ("Anne-Fleur",
 * "D'Angelo", "Ömer", "يوسف"). A space is refused on purpose: it is how surnames slip in, and
 * Driehoek keeps a child's first name and group only.
 */
const FIRST_NAME = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;

/** Checks a talk before it is scheduled. Texts are trimmed; markup is kept as plain text. */
export function validateTalk(draft: TalkDraft): Validated<TalkDraft> {
  const errors: FieldError[] = [];
  choice(errors, 'type', draft.type, TALK_TYPES);
  choice(errors, 'mode', draft.mode, TALK_MODES);
  choice(errors, 'status', draft.status, TALK_STATUSES);

  const pupil = validatePupil(errors, draft.pupil);
  const parents = draft.parents.map((p, i) => validateParent(errors, `parents.${i}`, p));
  if (parents.length === 0) errors.push({ field: 'parents', code: 'required' });
  const staff = draft.staff.map((s, i) => validateStaff(errors, `staff.${i}`, s));
  if (staff.length === 0) errors.push({ field: 'staff', code: 'required' });
  const location = optionalText(errors, 'location', draft.location, SINGLE_LINE_MAX);

  if (!isInstant(draft.start)) errors.push({ field: 'start', code: 'invalidDate' });
  const duration = draft.durationMinutes;
  if (!Number.isInteger(duration)) {
    errors.push({ field: 'durationMinutes', code: 'notANumber' });
  } else if (duration <= 0) {
    // A talk that ends at or before its start: the form shows this at the end time.
    errors.push({ field: 'end', code: 'dateOrder' });
  } else if (TALK_TYPES.includes(draft.type) && duration > maxDuration(draft.type)) {
    const max = maxDuration(draft.type);
    errors.push({ field: 'durationMinutes', code: 'outOfRange', params: { min: 1, max } });
  }
  if (draft.withPreTalk && !allowsPreTalk(draft.type)) {
    errors.push({ field: 'withPreTalk', code: 'invalidChoice' });
  }

  const agenda = draft.agenda.map((item, i) => {
    if (!Number.isInteger(item.minutes) || item.minutes < 1) {
      errors.push({ field: `agenda.${i}.minutes`, code: 'outOfRange', params: { min: 1 } });
    }
    return { ...item, title: catalogText(errors, `agenda.${i}.title`, item.title, AGENDA_KEYS) };
  });
  if (Number.isInteger(duration) && duration > 0 && agendaTotal(agenda) > duration) {
    errors.push({ field: 'agenda', code: 'outOfRange', params: { max: duration } });
  }
  const preparationQuestions = draft.preparationQuestions.map((q, i) =>
    catalogText(errors, `preparationQuestions.${i}`, q, QUESTION_KEYS),
  );

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...draft,
      pupil,
      parents,
      staff,
      ...(location ? { location } : {}),
      agenda,
      preparationQuestions,
    },
  };
}

function validatePupil(errors: FieldError[], pupil: Pupil): Pupil {
  const firstName = requiredText(errors, 'pupil.firstName', pupil.firstName);
  if (firstName && firstName.length <= SINGLE_LINE_MAX && !FIRST_NAME.test(firstName)) {
    errors.push({ field: 'pupil.firstName', code: 'invalidChoice', params: { rule: 'firstNameOnly' } });
  }
  if (!Number.isInteger(pupil.group) || pupil.group < 1 || pupil.group > 8) {
    errors.push({ field: 'pupil.group', code: 'outOfRange', params: { min: 1, max: 8 } });
  }
  return { ...pupil, firstName };
}

function validateParent(errors: FieldError[], field: string, parent: Parent): Parent {
  const name = requiredText(errors, `${field}.name`, parent.name);
  const email = validateEmail(errors, `${field}.email`, parent.email);
  if (!Number.isInteger(parent.household) || parent.household < 1) {
    errors.push({ field: `${field}.household`, code: 'outOfRange', params: { min: 1 } });
  }
  return { ...parent, name, email };
}

function choice<T>(errors: FieldError[], field: string, value: T, allowed: readonly T[]): void {
  if (!allowed.includes(value)) errors.push({ field, code: 'invalidChoice' });
}

function validateStaff(errors: FieldError[], field: string, person: Participant): Participant {
  const name = requiredText(errors, `${field}.name`, person.name);
  const email = validateEmail(errors, `${field}.email`, person.email);
  choice(errors, `${field}.role`, person.role, TALK_ROLES);
  return { ...person, name, email };
}

function validateEmail(errors: FieldError[], field: string, value: string | undefined): string {
  const email = (value ?? '').trim();
  if (!email) errors.push({ field, code: 'required' });
  else if (!isValidEmail(email)) errors.push({ field, code: 'invalidEmail' });
  return email;
}

function catalogText<K extends string>(
  errors: FieldError[],
  field: string,
  value: CatalogText<K>,
  keys: readonly K[],
): CatalogText<K> {
  if (!('key' in value)) return { text: requiredText(errors, field, value.text) };
  if (!keys.includes(value.key)) errors.push({ field, code: 'invalidChoice' });
  return value;
}
