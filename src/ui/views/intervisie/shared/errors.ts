/**
 * The data layer's refusals of an intervisie group, series or session in words that fit the
 * form: "choose 4 to 6 members", "add yourself", "that name is taken". Everything else gets
 * the app's usual text (../../../forms/fieldErrors).
 */
import { AccessDeniedError, ValidationError } from '../../../../data/errors';
import type { FieldError } from '../../../../domain/validation';
import { fieldErrorText } from '../../../forms/fieldErrors';
import type { I18n } from '../../../i18n';

type Texts = Pick<I18n, 'messages' | 'format'>;

export function intervisieErrorText(error: FieldError, i18n: Texts): string {
  const ui = i18n.messages.intervisie.ui;
  const e = ui.errors;
  const params = error.params ?? {};
  const reason = params.reason;
  if (error.field === 'memberUpns') {
    if (error.code === 'outOfRange') return i18n.format(e.count, params);
    if (reason === 'duplicate') return e.duplicate;
    if (reason === 'withoutYou') return e.withoutYou;
    if (reason === 'notStaff') return e.notStaff;
  }
  if (error.field === 'name' && reason === 'taken') return e.taken;
  if (error.field === 'name' && error.code === 'required') return e.nameRequired;
  if (error.field === 'firstDate') return ui.series.firstDateError;
  if (error.field === 'startTime') return ui.series.startTimeError;
  if (error.field === 'minutes') return i18n.format(ui.series.minutesError, params);
  if (error.field === 'count') return i18n.format(ui.series.countError, params);
  if (error.field.startsWith('roles.')) return ui.roles.sameTwice;
  if (error.field === 'cycleId') return ui.panel.noCycle;
  return fieldErrorText(error, i18n);
}

/** The first refusal per field, for the inputs; a refusal without fields under `form`. */
export function intervisieErrors(error: unknown, i18n: Texts): Map<string, string> {
  const byField = new Map<string, string>();
  if (error instanceof ValidationError && error.fieldErrors?.length) {
    for (const fieldError of error.fieldErrors) {
      if (!byField.has(fieldError.field)) byField.set(fieldError.field, intervisieErrorText(fieldError, i18n));
    }
  } else if (error instanceof AccessDeniedError) {
    byField.set('form', i18n.messages.intervisie.ui.errors.notAllowed);
  } else {
    byField.set('form', i18n.messages.intervisie.ui.errors.failed);
  }
  return byField;
}

export const isAccessDenied = (error: unknown): boolean => error instanceof AccessDeniedError;
