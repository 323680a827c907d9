import { GraphError } from '../errors';
import { type ColumnRecord, builtinColumns, columnForKey, fieldKey, normalizeDateTime, parseColumnDefinition, toGraphValue, toStoredValue } from './columns';
import { applyFieldValues } from './fieldValues';

const ctx = { personExists: (id: number) => id === 1 };
const column = (definition: object): ColumnRecord => parseColumnDefinition(definition);

function expect400(fn: () => unknown, message: RegExp): void {
  try {
    fn();
    throw new Error('expected a 400');
  } catch (e) {
    expect(e).toBeInstanceOf(GraphError);
    expect(e).toMatchObject({ status: 400, code: 'invalidRequest' });
    expect((e as Error).message).toMatch(message);
  }
}

describe('column definitions', () => {
  it('reads the type from the facet, text by default', () => {
    expect(column({ name: 'Due', dateTime: { format: 'dateOnly' }, indexed: true })).toMatchObject({
      type: 'dateTime', dateTime: { format: 'dateOnly' }, indexed: true, required: false, displayName: 'Due', storage: 'data',
    });
    expect(column({ name: 'Note' })).toMatchObject({ type: 'text', text: { maxLength: 255 } });
  });

  it('refuses bad names, two facets, unsupported facets and empty choices', () => {
    expect400(() => column({ name: 'Has space', text: {} }), /not valid/);
    expect400(() => column({ name: 'A', text: {}, number: {} }), /exactly one/);
    expect400(() => column({ name: 'A', currency: {} }), /not supported/);
    expect400(() => column({ name: 'A', choice: { choices: [] } }), /choices/);
    expect400(() => column({ name: 'A', lookup: {} }), /listId/);
  });

  it('names lookups and people <Name>LookupId in a fieldValueSet', () => {
    const pupil = column({ name: 'Pupil', lookup: { listId: 'x' } });
    expect(fieldKey(pupil)).toBe('PupilLookupId');
    const columns = [...builtinColumns(), pupil];
    expect(columnForKey(columns, 'PupilLookupId')).toBe(pupil);
    expect(columnForKey(columns, 'AuthorLookupId')?.name).toBe('Author');
    expect(columnForKey(columns, 'id')?.name).toBe('ID');
    expect(columnForKey(columns, 'Pupil')).toBeUndefined();
  });
});

describe('field values', () => {
  it('stores each type in a comparable form', () => {
    expect(toStoredValue(column({ name: 'N', number: {} }), 2.5, ctx)).toBe(2.5);
    expect(toStoredValue(column({ name: 'B', boolean: {} }), false, ctx)).toBe(false);
    expect(toStoredValue(column({ name: 'D', dateTime: {} }), '2024-09-01T10:00:00+02:00', ctx)).toBe('2024-09-01T08:00:00Z');
    expect(toStoredValue(column({ name: 'D', dateTime: { format: 'dateOnly' } }), '2024-09-01', ctx)).toBe('2024-09-01T00:00:00Z');
    expect(toStoredValue(column({ name: 'P', personOrGroup: {} }), '1', ctx)).toBe(1);
    expect(toStoredValue(column({ name: 'L', lookup: { listId: 'x' } }), 7, ctx)).toBe(7);
    expect(toStoredValue(column({ name: 'T', text: {} }), '', ctx)).toBeNull();
  });

  it('refuses values of the wrong type or out of range', () => {
    expect400(() => toStoredValue(column({ name: 'N', number: {} }), 'three', ctx), /expects a number/);
    expect400(() => toStoredValue(column({ name: 'N', number: { minimum: 0, maximum: 10 } }), 11, ctx), /between 0 and 10/);
    expect400(() => toStoredValue(column({ name: 'T', text: {} }), 'x'.repeat(256), ctx), /at most 255/);
    expect400(() => toStoredValue(column({ name: 'C', choice: { choices: ['ja', 'nee'] } }), 'misschien', ctx), /not one of the choices/);
    expect400(() => toStoredValue(column({ name: 'D', dateTime: {} }), 'next tuesday', ctx), /ISO 8601/);
    expect400(() => toStoredValue(column({ name: 'B', boolean: {} }), 'yes', ctx), /true or false/);
    expect400(() => toStoredValue(column({ name: 'P', personOrGroup: {} }), 99, ctx), /does not exist/);
  });

  it('keeps long text in a multi-line column and shows lookups as strings', () => {
    const note = column({ name: 'Note', text: { allowMultipleLines: true } });
    expect(toStoredValue(note, 'x'.repeat(1000), ctx)).toHaveLength(1000);
    expect(toGraphValue(column({ name: 'L', lookup: { listId: 'x' } }), 7)).toBe('7');
  });

  it('normalizes date-times to Graph’s UTC form', () => {
    expect(normalizeDateTime('2024-09-01T08:00:00.123Z')).toBe('2024-09-01T08:00:00Z');
    expect(normalizeDateTime('2024-09-01T08:00')).toBe('2024-09-01T08:00:00Z');
    expect(normalizeDateTime('01-09-2024')).toBeNull();
  });

  it('applies a fieldValueSet as a whole or not at all', () => {
    const columns = [...builtinColumns(), column({ name: 'Score', number: {}, required: true }), column({ name: 'Kind', text: {} })];
    expect(applyFieldValues(columns, {}, { Title: 'a', Score: 1, '@odata.etag': 'x' }, ctx, true)).toEqual({ Title: 'a', Score: 1 });
    expect(applyFieldValues(columns, { Score: 1, Kind: 'k' }, { Kind: null }, ctx, false)).toEqual({ Score: 1 });
    expect400(() => applyFieldValues(columns, {}, { Title: 'a' }, ctx, true), /'Score' is required/);
    expect400(() => applyFieldValues(columns, { Score: 1 }, { Score: null }, ctx, false), /'Score' is required/);
    expect400(() => applyFieldValues(columns, {}, { Score: 1, Colour: 'red' }, ctx, true), /'Colour' is not recognized/);
    expect400(() => applyFieldValues(columns, {}, { Score: 1, Created: '2024-01-01T00:00:00Z' }, ctx, true), /read-only/);
  });
});
