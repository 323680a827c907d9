/**
 * Reading and writing list item fields (Graph's fieldValueSet). Reads are lenient about the
 * shapes SharePoint uses (numbers as strings, date-only values at midnight in the site's time
 * zone); writes produce exactly one shape.
 */

export type FieldValue = string | number | boolean | null;
/** What we write: column name → value; null clears a column. */
export type WritableFields = Record<string, FieldValue>;
/** What Graph returns: column values plus @odata.etag, id, Created, … */
export type ReadonlyFields = Readonly<Record<string, unknown>>;

export class FieldFormatError extends Error {
  override name = 'FieldFormatError';
}

export function readText(fields: ReadonlyFields, name: string): string {
  const value = fields[name];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new FieldFormatError(`${name}: expected text`);
}

export function readOptionalText(fields: ReadonlyFields, name: string): string | undefined {
  const text = readText(fields, name);
  return text === '' ? undefined : text;
}

export function readNumber(fields: ReadonlyFields, name: string): number | undefined {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new FieldFormatError(`${name}: expected a number`);
  return n;
}

export function readBoolean(fields: ReadonlyFields, name: string): boolean {
  const value = fields[name];
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 'true' || value === 'Yes') return true;
  return false;
}

export function readChoice<T extends string>(
  fields: ReadonlyFields,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = fields[name];
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

export function readRequiredChoice<T extends string>(
  fields: ReadonlyFields,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  return readChoice(fields, name, allowed) ?? fallback;
}

/**
 * A date-only column as an ISO calendar date. SharePoint stores a date-only value as midnight
 * in the site's time zone, which Graph returns in UTC ("2026-09-14T22:00:00Z" for 15 September
 * in Amsterdam). Adding twelve hours before taking the UTC date gives the calendar date for
 * every zone within ±12 hours.
 */
export function readDateOnly(fields: ReadonlyFields, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new FieldFormatError(`${name}: expected a date`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new FieldFormatError(`${name}: not a date: ${value}`);
  return new Date(time + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A date-only value as Graph accepts it for a dateTime column. */
export function writeDateOnly(isoDate: string | undefined): string | null {
  if (!isoDate) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new FieldFormatError(`not an ISO date: ${isoDate}`);
  return `${isoDate}T00:00:00Z`;
}

/** Short lists (step numbers, UPNs) in one text column, comma separated. */
export function readCsv(fields: ReadonlyFields, name: string): string[] {
  return readText(fields, name)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function writeCsv(values: readonly (string | number)[]): string {
  for (const value of values) {
    if (String(value).includes(',')) throw new FieldFormatError(`a list value contains a comma: ${value}`);
  }
  return values.join(',');
}

/** Lines of free text (outputs of a step, signs of progress) in a multi-line text column. */
export function readLines(fields: ReadonlyFields, name: string): string[] {
  const text = readText(fields, name);
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((x): x is string => typeof x === 'string');
    } catch {
      /* not JSON: plain lines */
    }
  }
  return text.split('\n').map((s) => s.trim()).filter(Boolean);
}

/** Stored as a JSON array so a line may hold any character, newlines included. */
export function writeLines(lines: readonly string[]): string {
  return JSON.stringify(lines.map((l) => l.trim()).filter(Boolean));
}

export function writeOptional(value: string | number | undefined): FieldValue {
  return value === undefined || value === '' ? null : value;
}

/** The ClientKey: the domain id, known before the item exists. */
export function newClientKey(prefix: string): string {
  const c = globalThis.crypto as Crypto | undefined;
  const random =
    c && typeof c.randomUUID === 'function'
      ? c.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return `${prefix}-${random}`;
}
