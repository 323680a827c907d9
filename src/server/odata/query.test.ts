import { GraphError } from '../errors';
import { parseExpand, parseFilterOption, parseOrderBy, parseTop } from './query';
import { decodeSkipToken, encodeSkipToken } from './skiptoken';

describe('query options', () => {
  it('reads $orderby terms with directions', () => {
    expect(parseOrderBy('fields/Due desc, fields/Title')).toEqual([
      { property: 'fields/Due', descending: true },
      { property: 'fields/Title', descending: false },
    ]);
    expect(() => parseOrderBy('fields/Due sideways')).toThrow(GraphError);
  });

  it('reads $expand with a nested select, with or without $', () => {
    expect(parseExpand('fields(select=Title,Due)')).toEqual([{ name: 'fields', select: ['Title', 'Due'] }]);
    expect(parseExpand('fields($select=Title),columns')).toEqual([{ name: 'fields', select: ['Title'] }, { name: 'columns' }]);
    expect(parseExpand('fields')).toEqual([{ name: 'fields' }]);
    expect(() => parseExpand('fields(select=Title')).toThrow(GraphError);
  });

  it('accepts only a positive $top', () => {
    expect(parseTop('25')).toBe(25);
    expect(parseTop(undefined)).toBeUndefined();
    expect(() => parseTop('0')).toThrow(GraphError);
    expect(() => parseTop('ten')).toThrow(GraphError);
  });

  it('turns a $filter syntax error into Graph’s 400', () => {
    expect(parseFilterOption(new URLSearchParams('filter=fields/A eq 1'))).toMatchObject({ kind: 'compare' });
    expect(parseFilterOption(new URLSearchParams())).toBeUndefined();
    try {
      parseFilterOption(new URLSearchParams({ $filter: 'fields/A eq' }));
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toMatchObject({ status: 400, code: 'BadRequest' });
      expect((e as Error).message).toMatch(/^Invalid filter clause/);
    }
  });
});

describe('skiptoken', () => {
  it('round-trips the sort key of the last item', () => {
    const token = encodeSkipToken(['2024-09-01T00:00:00Z', null, 42]);
    expect(decodeSkipToken(token, 3)).toEqual(['2024-09-01T00:00:00Z', null, 42]);
  });

  it('rejects a token that does not belong to the query', () => {
    expect(() => decodeSkipToken(encodeSkipToken([1]), 2)).toThrow(GraphError);
    expect(() => decodeSkipToken('not-a-token', 1)).toThrow(GraphError);
  });
});
