/**
 * Validation results carry message keys, not sentences: the UI turns them into the user's
 * language. A field error names the field so a form can show it next to the input.
 */
export interface FieldError {
  field: string;
  /** Key into the message catalog's `errors` section. */
  code: ValidationCode;
  /** Values for the message, e.g. the maximum length. */
  params?: Record<string, string | number>;
}

export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'outOfRange'
  | 'notANumber'
  | 'invalidDate'
  | 'dateOrder'
  | 'invalidChoice'
  | 'invalidEmail';

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** SharePoint's limit for a single line of text, counted in UTF-16 units as the server counts. */
export const SINGLE_LINE_MAX = 255;
/** A generous bound for multi-line text; SharePoint allows more, people should write less. */
export const MULTI_LINE_MAX = 10_000;

export function requiredText(
  errors: FieldError[],
  field: string,
  value: string | undefined,
  max: number = SINGLE_LINE_MAX,
): string {
  const text = (value ?? '').trim();
  if (!text) errors.push({ field, code: 'required' });
  else if (text.length > max) errors.push({ field, code: 'tooLong', params: { max } });
  return text;
}

export function optionalText(
  errors: FieldError[],
  field: string,
  value: string | undefined,
  max: number = MULTI_LINE_MAX,
): string {
  const text = (value ?? '').trim();
  if (text.length > max) errors.push({ field, code: 'tooLong', params: { max } });
  return text;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
