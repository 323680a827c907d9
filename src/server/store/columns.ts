/**
 * Column definitions (Graph's columnDefinition) and the rules for the values they hold: how a
 * definition is read from a request, how a field value is validated and stored, how it is shown
 * in a fieldValueSet, and which SQL expression reads it. Pure: no database access.
 */
import { randomUUID } from 'node:crypto';
import { invalidRequest } from '../errors';
import { graphTimestamp } from '../time';

export type ColumnType = 'text' | 'number' | 'dateTime' | 'choice' | 'boolean' | 'personOrGroup' | 'lookup';

export interface TextFacet {
  allowMultipleLines: boolean;
  appendChangesToExistingText: boolean;
  linesForEditing: number;
  maxLength: number;
}
export interface NumberFacet {
  decimalPlaces: string;
  displayAs: string;
  minimum?: number;
  maximum?: number;
}
export interface DateTimeFacet {
  displayAs: string;
  format: 'dateOnly' | 'dateTime';
}
export interface ChoiceFacet {
  allowTextEntry: boolean;
  choices: string[];
  displayAs: string;
}
export interface PersonFacet {
  allowMultipleSelection: boolean;
  chooseFromType: string;
  displayAs: string;
}
export interface LookupFacet {
  allowMultipleValues: boolean;
  allowUnlimitedLength: boolean;
  columnName: string;
  listId: string;
}

export type ColumnKind =
  | { type: 'text'; text: TextFacet }
  | { type: 'number'; number: NumberFacet }
  | { type: 'dateTime'; dateTime: DateTimeFacet }
  | { type: 'choice'; choice: ChoiceFacet }
  | { type: 'boolean'; boolean: Record<string, never> }
  | { type: 'personOrGroup'; personOrGroup: PersonFacet }
  | { type: 'lookup'; lookup: LookupFacet };

/**
 * Where a column's value lives: in the item's JSON data, or (for SharePoint's built-in columns)
 * in a column of the items table.
 */
export type Storage = 'data' | 'id' | 'created' | 'modified' | 'author' | 'editor';

export type ColumnRecord = ColumnKind & {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  indexed: boolean;
  required: boolean;
  readOnly: boolean;
  hidden: boolean;
  enforceUniqueValues: boolean;
  storage: Storage;
};

/** A value as stored in the item's JSON data. Lookup and person columns keep the numeric id. */
export type StoredValue = string | number | boolean;

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const TYPE_FACETS: readonly ColumnType[] = ['text', 'number', 'dateTime', 'choice', 'boolean', 'personOrGroup', 'lookup'];
/** Graph facets that exist but this server does not implement. */
const OTHER_FACETS = ['calculated', 'currency', 'geolocation', 'hyperlinkOrPicture', 'term', 'thumbnail', 'contentApprovalStatus'];

function builtin(name: string, displayName: string, storage: Storage, kind: ColumnKind, indexed: boolean): ColumnRecord {
  return {
    ...kind,
    id: randomUUID(),
    name,
    displayName,
    description: '',
    columnGroup: 'Base Columns',
    indexed,
    required: false,
    readOnly: storage !== 'data',
    hidden: false,
    enforceUniqueValues: false,
    storage,
  };
}

const DEFAULT_TEXT: TextFacet = { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 };
const SYSTEM_DATE: DateTimeFacet = { displayAs: 'default', format: 'dateTime' };
const SYSTEM_PERSON: PersonFacet = { allowMultipleSelection: false, chooseFromType: 'peopleOnly', displayAs: 'nameWithPresence' };

/**
 * The columns every list has. ID, Created and Modified are indexed (SharePoint lets a large list
 * be filtered and sorted on them); Title is an ordinary, optional, non-indexed text column.
 */
export function builtinColumns(): ColumnRecord[] {
  return [
    builtin('Title', 'Title', 'data', { type: 'text', text: { ...DEFAULT_TEXT } }, false),
    builtin('ID', 'ID', 'id', { type: 'number', number: { decimalPlaces: 'none', displayAs: 'number' } }, true),
    builtin('Created', 'Created', 'created', { type: 'dateTime', dateTime: { ...SYSTEM_DATE } }, true),
    builtin('Modified', 'Modified', 'modified', { type: 'dateTime', dateTime: { ...SYSTEM_DATE } }, true),
    builtin('Author', 'Created By', 'author', { type: 'personOrGroup', personOrGroup: { ...SYSTEM_PERSON } }, false),
    builtin('Editor', 'Modified By', 'editor', { type: 'personOrGroup', personOrGroup: { ...SYSTEM_PERSON } }, false),
  ];
}

function bool(input: Record<string, unknown>, key: string, fallback = false): boolean {
  const value = input[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw invalidRequest(`Property '${key}' must be a boolean.`);
  return value;
}

function optionalNumber(input: Record<string, unknown>, key: string): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidRequest(`Property '${key}' must be a number.`);
  return value;
}

function facetObject(input: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = input[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidRequest(`Property '${key}' must be an object.`);
  }
  return value as Record<string, unknown>;
}

function parseKind(input: Record<string, unknown>): ColumnKind {
  const unsupported = OTHER_FACETS.find((f) => input[f] !== undefined && input[f] !== null);
  if (unsupported) throw invalidRequest(`Column type '${unsupported}' is not supported by the local server.`);
  const present = TYPE_FACETS.filter((f) => input[f] !== undefined && input[f] !== null);
  if (present.length > 1) throw invalidRequest('A column has exactly one type facet.');
  const type = present[0] ?? 'text';
  const facet = input[type] === undefined || input[type] === null ? {} : facetObject(input, type);
  switch (type) {
    case 'text': {
      const maxLength = optionalNumber(facet, 'maxLength') ?? 255;
      const allowMultipleLines = bool(facet, 'allowMultipleLines');
      if (!allowMultipleLines && (maxLength < 1 || maxLength > 255 || !Number.isInteger(maxLength))) {
        throw invalidRequest('A single line of text holds at most 255 characters.');
      }
      return {
        type,
        text: {
          allowMultipleLines,
          appendChangesToExistingText: bool(facet, 'appendChangesToExistingText'),
          linesForEditing: optionalNumber(facet, 'linesForEditing') ?? (allowMultipleLines ? 6 : 0),
          maxLength,
        },
      };
    }
    case 'number': {
      const minimum = optionalNumber(facet, 'minimum');
      const maximum = optionalNumber(facet, 'maximum');
      return {
        type,
        number: {
          decimalPlaces: typeof facet.decimalPlaces === 'string' ? facet.decimalPlaces : 'automatic',
          displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'number',
          ...(minimum !== undefined ? { minimum } : {}),
          ...(maximum !== undefined ? { maximum } : {}),
        },
      };
    }
    case 'dateTime': {
      const format = facet.format ?? 'dateTime';
      if (format !== 'dateOnly' && format !== 'dateTime') throw invalidRequest("dateTime.format must be 'dateOnly' or 'dateTime'.");
      return { type, dateTime: { displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'default', format } };
    }
    case 'choice': {
      const choices = facet.choices;
      if (!Array.isArray(choices) || choices.length === 0 || !choices.every((c) => typeof c === 'string' && c.length > 0)) {
        throw invalidRequest('choice.choices must be a non-empty array of strings.');
      }
      return {
        type,
        choice: {
          allowTextEntry: bool(facet, 'allowTextEntry'),
          choices: [...(choices as string[])],
          displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'dropDownMenu',
        },
      };
    }
    case 'boolean':
      return { type, boolean: {} };
    case 'personOrGroup':
      if (bool(facet, 'allowMultipleSelection')) {
        throw invalidRequest('Person columns with multiple selection are not supported by the local server.');
      }
      return {
        type,
        personOrGroup: {
          allowMultipleSelection: false,
          chooseFromType: typeof facet.chooseFromType === 'string' ? facet.chooseFromType : 'peopleAndGroups',
          displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'nameWithPresence',
        },
      };
    case 'lookup': {
      if (bool(facet, 'allowMultipleValues')) {
        throw invalidRequest('Lookup columns with multiple values are not supported by the local server.');
      }
      if (typeof facet.listId !== 'string' || facet.listId.length === 0) throw invalidRequest('lookup.listId is required.');
      return {
        type,
        lookup: {
          allowMultipleValues: false,
          allowUnlimitedLength: false,
          columnName: typeof facet.columnName === 'string' ? facet.columnName : 'Title',
          listId: facet.listId,
        },
      };
    }
  }
}

/** Reads a columnDefinition from a request body (create list, create column). */
export function parseColumnDefinition(input: unknown): ColumnRecord {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidRequest('A column definition must be an object.');
  }
  const body = input as Record<string, unknown>;
  const name = body.name;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw invalidRequest(`Column name '${String(name)}' is not valid: use letters, digits and _ (at most 64).`);
  }
  const displayName = typeof body.displayName === 'string' && body.displayName.trim() ? body.displayName : name;
  return {
    ...parseKind(body),
    id: randomUUID(),
    name,
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    columnGroup: typeof body.columnGroup === 'string' ? body.columnGroup : 'Custom Columns',
    indexed: bool(body, 'indexed'),
    required: bool(body, 'required'),
    readOnly: false,
    hidden: bool(body, 'hidden'),
    enforceUniqueValues: bool(body, 'enforceUniqueValues'),
    storage: 'data',
  };
}

/** The properties a column PATCH may change. Changing a column's type is not supported. */
export function applyColumnPatch(column: ColumnRecord, patch: unknown): ColumnRecord {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw invalidRequest('The body must be an object.');
  const body = patch as Record<string, unknown>;
  const allowed = new Set(['displayName', 'description', 'indexed', 'required', 'hidden', 'enforceUniqueValues', 'columnGroup']);
  const unknown = Object.keys(body).find((k) => !allowed.has(k) && !k.startsWith('@'));
  if (unknown) throw invalidRequest(`Property '${unknown}' cannot be changed by the local server.`);
  return {
    ...column,
    displayName: typeof body.displayName === 'string' && body.displayName.trim() ? body.displayName : column.displayName,
    description: typeof body.description === 'string' ? body.description : column.description,
    columnGroup: typeof body.columnGroup === 'string' ? body.columnGroup : column.columnGroup,
    indexed: bool(body, 'indexed', column.indexed),
    required: bool(body, 'required', column.required),
    hidden: bool(body, 'hidden', column.hidden),
    enforceUniqueValues: bool(body, 'enforceUniqueValues', column.enforceUniqueValues),
  };
}

/** The name a column's value has in a fieldValueSet: lookups and people are `<Name>LookupId`. */
export function fieldKey(column: ColumnRecord): string {
  if (column.storage === 'id') return 'id';
  return column.type === 'lookup' || column.type === 'personOrGroup' ? `${column.name}LookupId` : column.name;
}

/** Finds the column a fieldValueSet key or a `fields/<key>` path refers to. */
export function columnForKey(columns: readonly ColumnRecord[], key: string): ColumnRecord | undefined {
  return columns.find((c) => fieldKey(c) === key || (c.storage === 'id' && key === 'ID'));
}

/**
 * ISO 8601 in Graph's form (UTC, whole seconds, "Z"); a date-only column keeps midnight UTC
 * (the local site's time zone is UTC). Null when the text is not a date.
 */
export function normalizeDateTime(value: string, format: DateTimeFacet['format'] = 'dateTime'): string | null {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) return null;
  const time = Date.parse(/T/.test(value) && !/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? `${value}Z` : value);
  if (Number.isNaN(time)) return null;
  const iso = graphTimestamp(new Date(time));
  return format === 'dateOnly' ? `${iso.slice(0, 10)}T00:00:00Z` : iso;
}

export interface ValueContext {
  /** Whether a person with this lookup id is known to the site (its User Information List). */
  personExists(lookupId: number): boolean;
}

function lookupIdOf(raw: unknown): number | null {
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Validates a value written to a column and returns what is stored; null clears the field.
 * Throws invalidRequest (400) for a value of the wrong type or out of range.
 */
export function toStoredValue(column: ColumnRecord, raw: unknown, ctx: ValueContext): StoredValue | null {
  const key = fieldKey(column);
  if (raw === null || raw === undefined) return null;
  const wrongType = (expected: string) => invalidRequest(`Field '${key}' expects ${expected}.`);
  switch (column.type) {
    case 'text': {
      if (typeof raw !== 'string') throw wrongType('a string');
      if (raw === '') return null;
      if (!column.text.allowMultipleLines && raw.length > column.text.maxLength) {
        throw invalidRequest(`Field '${key}' holds at most ${column.text.maxLength} characters; got ${raw.length}.`);
      }
      return raw;
    }
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw wrongType('a number');
      const { minimum, maximum } = column.number;
      if ((minimum !== undefined && raw < minimum) || (maximum !== undefined && raw > maximum)) {
        throw invalidRequest(`Field '${key}' must lie between ${minimum ?? '-∞'} and ${maximum ?? '∞'}.`);
      }
      return raw;
    }
    case 'dateTime': {
      if (typeof raw !== 'string') throw wrongType('an ISO 8601 date and time');
      if (raw === '') return null;
      const normalized = normalizeDateTime(raw, column.dateTime.format);
      if (!normalized) throw wrongType('an ISO 8601 date and time');
      return normalized;
    }
    case 'choice': {
      if (typeof raw !== 'string') throw wrongType('a string');
      if (raw === '') return null;
      if (!column.choice.allowTextEntry && !column.choice.choices.includes(raw)) {
        throw invalidRequest(`Value '${raw}' is not one of the choices of field '${key}'.`);
      }
      return raw;
    }
    case 'boolean':
      if (typeof raw !== 'boolean') throw wrongType('true or false');
      return raw;
    case 'lookup': {
      const id = lookupIdOf(raw);
      if (id === null) throw wrongType('an item id');
      return id;
    }
    case 'personOrGroup': {
      const id = lookupIdOf(raw);
      if (id === null) throw wrongType('a user lookup id');
      if (!ctx.personExists(id)) throw invalidRequest(`The user with lookup id ${id} does not exist or is not unique.`);
      return id;
    }
  }
}

/** A stored value as it appears in a fieldValueSet. */
export function toGraphValue(column: ColumnRecord, stored: StoredValue): StoredValue {
  if (column.type === 'lookup' || column.type === 'personOrGroup' || column.storage === 'id') return String(stored);
  if (column.type === 'boolean') return stored === true || stored === 1;
  return stored;
}

/**
 * The SQL expression reading a column from the items table. Built from validated names only,
 * so it can be embedded in SQL, which SQLite needs to match an expression index.
 */
export function sqlExpression(column: ColumnRecord): string {
  switch (column.storage) {
    case 'data':
      return `json_extract(data, '$.${column.name}')`;
    default:
      return column.storage;
  }
}
