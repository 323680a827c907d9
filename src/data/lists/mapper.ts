import type { ReadonlyFields, WritableFields } from './fields';
import type { ListSchema } from './schema';

/**
 * Maps one domain type to and from a list item's fields. Pure: no I/O, no Graph URLs.
 * `toFields` writes Title and ClientKey and every column the type owns; columns that depend on
 * another item (a lookup's item id, a mirrored parent status) are added by the repository.
 */
export interface ListMapper<T> {
  readonly list: ListSchema;
  /** The ClientKey of a value: its domain id (or, for staff, the UPN). */
  keyOf(value: T): string;
  toFields(value: T): WritableFields;
  fromFields(fields: ReadonlyFields): T;
}
