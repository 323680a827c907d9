/**
 * Applies a fieldValueSet from a request to an item's values. Every key must name a writable
 * column and every value must suit the column; otherwise the whole write is refused (400), so
 * nothing is stored half.
 */
import { invalidRequest } from '../errors';
import { type ColumnRecord, type StoredValue, type ValueContext, columnForKey, fieldKey, toStoredValue } from './columns';

export function applyFieldValues(
  columns: readonly ColumnRecord[],
  current: Readonly<Record<string, StoredValue>>,
  body: unknown,
  ctx: ValueContext,
  creating: boolean,
): Record<string, StoredValue> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest('The fields must be a JSON object.');
  }
  const next: Record<string, StoredValue> = { ...current };
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    // OData annotations such as "@odata.etag" or "PupilLookupId@odata.type" carry no value.
    if (key.includes('@')) continue;
    const column = columnForKey(columns, key);
    if (!column) throw invalidRequest(`Field '${key}' is not recognized`);
    if (column.readOnly) throw invalidRequest(`Field '${key}' is read-only`);
    const stored = toStoredValue(column, raw, ctx);
    if (stored === null) delete next[column.name];
    else next[column.name] = stored;
  }
  for (const column of columns) {
    if (!column.required || column.storage !== 'data') continue;
    const touched = creating || Object.prototype.hasOwnProperty.call(body, fieldKey(column));
    if (touched && next[column.name] === undefined) throw invalidRequest(`Field '${fieldKey(column)}' is required.`);
  }
  return next;
}
