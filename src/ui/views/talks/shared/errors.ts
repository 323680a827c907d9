/**
 * The domain's refusals of a talk in words that fit the talk form: "ends before it starts" at
 * the end time rather than a generic date message. Everything else gets the app's usual text.
 */
import { AccessDeniedError, ConflictError } from '../../../../data/errors';
import type { FieldError } from '../../../../domain/validation';
import { fieldErrorText } from '../../../forms/fieldErrors';
import type { I18n } from '../../../i18n';

type Texts = Pick<I18n, 'messages' | 'format'>;

export function talkErrorText(error: FieldError, i18n: Texts): string {
  const e = i18n.messages.talks.ui.errors;
  const params = error.params ?? {};
  const { field, code } = error;
  if (field === 'end' && code === 'dateOrder') return e.endBeforeStart;
  if (field === 'durationMinutes' && code === 'outOfRange') return i18n.format(e.tooLongForType, params);
  if (field === 'agenda' && code === 'outOfRange') return i18n.format(e.agendaTooLong, params);
  if (/^agenda\.\d+\.minutes$/.test(field) && code === 'outOfRange') return e.minutes;
  if (field === 'pupil.firstName' && code === 'invalidChoice') return e.firstNameOnly;
  if (field === 'pupil' && code === 'required') return e.choosePupil;
  if (field === 'parents' && code === 'required') return e.parentsRequired;
  if (field === 'staff' && code === 'required') return e.staffRequired;
  if ((field === 'start' || field === 'end') && (code === 'required' || code === 'invalidDate')) return e.time;
  if (field === 'withPreTalk') return e.preTalkOnlyZorgteam;
  return fieldErrorText(error, i18n);
}

/** The first refusal per field, worded for the talk form. */
export function talkErrorsByField(errors: readonly FieldError[], i18n: Texts): Map<string, string> {
  const byField = new Map<string, string>();
  for (const error of errors) {
    // The data layer reports a missing time as an invalid start; the form shows it at the time.
    if (!byField.has(error.field)) byField.set(error.field, talkErrorText(error, i18n));
  }
  return byField;
}

/** A 401/403 from the data layer: the person may not read the school's data (a guest). */
export function isAccessDenied(error: unknown): boolean {
  return error instanceof AccessDeniedError;
}

export function isConflict(error: unknown): error is ConflictError {
  return error instanceof ConflictError;
}
