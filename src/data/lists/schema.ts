/**
 * How a Driehoek list is declared: its display name and its columns, each with a Graph
 * columnDefinition shape. Provisioning creates what is missing; repositories filter only on
 * columns declared `indexed`. Every list has the built-in Title column and a ClientKey.
 *
 * People are stored as their UPN (an indexed text column) next to a display name, not as
 * personOrGroup columns: writing a person column through Graph needs the person's id in the
 * site's hidden User Information List (`<Name>LookupId`), which exists only after that person
 * has visited the site and cannot be resolved for the local server or before first sign-in.
 * The UPN is the stable key the rest of the app uses (tokens, /me, the staff list) anyway.
 */
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { SINGLE_LINE_MAX } from '../../domain/validation';

interface ColumnBase {
  /** Internal name; also the key in a list item's fields. Letters and digits only. */
  name: string;
  /** Shown in SharePoint's own list views. */
  displayName: string;
  description?: string;
  /** Indexed columns may be filtered and ordered on at any list size. */
  indexed?: boolean;
  required?: boolean;
}

export type ColumnSchema =
  | (ColumnBase & { kind: 'text'; maxLength?: number; unique?: boolean })
  | (ColumnBase & { kind: 'note' })
  | (ColumnBase & { kind: 'number'; min?: number; max?: number; decimals?: 'none' | 'one' | 'automatic' })
  | (ColumnBase & { kind: 'date' })
  | (ColumnBase & { kind: 'choice'; choices: readonly string[] })
  | (ColumnBase & { kind: 'boolean' })
  | (ColumnBase & { kind: 'lookup'; targetList: string; targetColumn?: string });

export interface ListSchema {
  /** Display name in the site, also usable in Graph paths ("lists/DriehoekMeetings"). */
  displayName: string;
  description: string;
  columns: readonly ColumnSchema[];
}

export const LIST_PREFIX = 'Driehoek';
export const CLIENT_KEY = 'ClientKey';
export const TITLE = 'Title';

/** The ClientKey column every list carries: set by the client at create, unique, indexed. */
export const clientKeyColumn: ColumnSchema = {
  kind: 'text',
  name: CLIENT_KEY,
  displayName: 'Client key',
  description: 'Set by Driehoek when it creates the item, so a retried create is recognised.',
  indexed: true,
  maxLength: 64,
  unique: true,
};

export function defineList(list: ListSchema): ListSchema {
  const names = new Set<string>();
  for (const column of list.columns) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(column.name)) throw new Error(`bad column name ${column.name}`);
    if (column.name === TITLE) throw new Error('Title is built in; do not declare it');
    if (names.has(column.name)) throw new Error(`duplicate column ${column.name} in ${list.displayName}`);
    names.add(column.name);
    if (column.kind === 'note' && column.indexed) {
      throw new Error(`${list.displayName}.${column.name}: multi-line text cannot be indexed`);
    }
  }
  if (!names.has(CLIENT_KEY)) throw new Error(`${list.displayName} lacks the ClientKey column`);
  return list;
}

export function columnNames(list: ListSchema): string[] {
  return [TITLE, ...list.columns.map((c) => c.name)];
}

/** The field name a column's value is read and written under (lookups: `<Name>LookupId`). */
export function fieldName(column: ColumnSchema): string {
  return column.kind === 'lookup' ? `${column.name}LookupId` : column.name;
}

export function indexedColumns(list: ListSchema): string[] {
  return list.columns.filter((c) => c.indexed).map((c) => c.name);
}

/** True for columns a query may filter or order on: indexed ones and the item id. */
export function isQueryable(list: ListSchema, column: string): boolean {
  if (column === 'id' || column === 'ID') return true;
  return list.columns.some((c) => c.indexed && (c.name === column || fieldName(c) === column));
}

/**
 * The Graph columnDefinition for a column. Lookups need the target list's id, which only the
 * site knows; provisioning passes it in.
 */
export function columnDefinition(
  column: ColumnSchema,
  listIdOf: (displayName: string) => string | undefined = () => undefined,
): ColumnDefinition {
  const base: ColumnDefinition = {
    name: column.name,
    displayName: column.displayName,
    ...(column.description ? { description: column.description } : {}),
    indexed: column.indexed ?? false,
    required: column.required ?? false,
  };
  switch (column.kind) {
    case 'text':
      return {
        ...base,
        ...(column.unique ? { enforceUniqueValues: true } : {}),
        text: { allowMultipleLines: false, maxLength: column.maxLength ?? SINGLE_LINE_MAX },
      };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' } };
    case 'number':
      return {
        ...base,
        number: {
          decimalPlaces: column.decimals ?? 'automatic',
          displayAs: 'number',
          ...(column.min === undefined ? {} : { minimum: column.min }),
          ...(column.max === undefined ? {} : { maximum: column.max }),
        },
      };
    case 'date':
      return { ...base, dateTime: { displayAs: 'default', format: 'dateOnly' } };
    case 'choice':
      return {
        ...base,
        choice: { allowTextEntry: false, choices: [...column.choices], displayAs: 'dropDownMenu' },
      };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'lookup': {
      const listId = listIdOf(column.targetList);
      if (!listId) throw new Error(`lookup ${column.name}: list ${column.targetList} has no id yet`);
      return { ...base, lookup: { listId, columnName: column.targetColumn ?? TITLE } };
    }
  }
}
