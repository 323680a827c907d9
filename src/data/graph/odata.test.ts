import { filterExpression, itemsQueryString, NonIndexedQueryError, odataString, where } from './odata';

const indexed = new Set(['Upn', 'Status', 'MeetingDate', 'CycleKey']);
const isIndexed = (c: string) => indexed.has(c);

describe('filterExpression', () => {
  it('builds comparisons on fields with quoted strings', () => {
    expect(filterExpression(where.eq('Upn', 'ingrid@x.nl'), isIndexed)).toBe("fields/Upn eq 'ingrid@x.nl'");
    expect(filterExpression(where.ge('MeetingDate', '2026-08-01'), isIndexed)).toBe(
      "fields/MeetingDate ge '2026-08-01'",
    );
  });

  it("doubles single quotes, so a name like O'Neill cannot break out", () => {
    expect(odataString("O'Neill")).toBe("'O''Neill'");
    expect(filterExpression(where.eq('Upn', "x' or 1 eq 1 or 'a"), isIndexed)).toBe(
      "fields/Upn eq 'x'' or 1 eq 1 or ''a'",
    );
  });

  it('combines with and/or, parenthesising nested groups', () => {
    const f = where.and(
      where.eq('CycleKey', 'c1'),
      where.or(where.eq('Status', 'open'), where.eq('Status', 'kept')),
    );
    expect(filterExpression(f, isIndexed)).toBe(
      "fields/CycleKey eq 'c1' and (fields/Status eq 'open' or fields/Status eq 'kept')",
    );
  });

  it('writes numbers and booleans bare, and startswith as a function', () => {
    expect(filterExpression(where.eq('Status', 3), isIndexed)).toBe('fields/Status eq 3');
    expect(filterExpression(where.eq('Status', true), isIndexed)).toBe('fields/Status eq true');
    expect(filterExpression(where.startsWith('Upn', 'in'), isIndexed)).toBe("startswith(fields/Upn,'in')");
  });

  it('refuses filters on columns that are not indexed', () => {
    expect(() => filterExpression(where.eq('Purpose', 'x'), isIndexed)).toThrow(NonIndexedQueryError);
    expect(() => filterExpression(where.eq('Upn) or (x', 'x'), () => true)).toThrow(NonIndexedQueryError);
  });
});

describe('itemsQueryString', () => {
  it('expands the selected fields and encodes filter and order', () => {
    const qs = itemsQueryString(
      { filter: where.eq('Status', 'active'), orderBy: [{ column: 'MeetingDate', direction: 'desc' }], top: 50 },
      ['Title', 'Status'],
      isIndexed,
    );
    expect(qs).toBe(
      "expand=fields(select=Title,Status)&$filter=fields%2FStatus%20eq%20'active'&$orderby=fields%2FMeetingDate%20desc&$top=50",
    );
    const params = new URLSearchParams(qs);
    expect(params.get('$filter')).toBe("fields/Status eq 'active'");
  });

  it('encodes characters that would split the query', () => {
    const qs = itemsQueryString({ filter: where.eq('Upn', 'a&b=c+d#e') }, ['Title'], isIndexed);
    expect(new URLSearchParams(qs).get('$filter')).toBe("fields/Upn eq 'a&b=c+d#e'");
  });

  it('refuses ordering on non-indexed columns and bad page sizes', () => {
    expect(() => itemsQueryString({ orderBy: [{ column: 'Purpose' }] }, ['Title'], isIndexed)).toThrow(
      NonIndexedQueryError,
    );
    expect(() => itemsQueryString({ top: 0 }, ['Title'], isIndexed)).toThrow(RangeError);
  });
});
