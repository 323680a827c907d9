import { FilterSyntaxError, conjuncts, parseFilter, tokenize } from './filter';

describe('tokenize', () => {
  it('reads paths, operators and every kind of literal', () => {
    const kinds = tokenize("fields/Title eq 'it''s' and fields/N ge -2.5e1 or fields/D lt 2024-09-01T08:00:00Z and fields/B ne true and fields/X eq null").map(
      (t) => (t.type === 'literal' ? t.value : t.type === 'word' ? t.value : t.type),
    );
    expect(kinds).toEqual([
      'fields/Title', 'eq', { kind: 'string', value: "it's" }, 'and',
      'fields/N', 'ge', { kind: 'number', value: -25 }, 'or',
      'fields/D', 'lt', { kind: 'datetime', value: '2024-09-01T08:00:00Z' }, 'and',
      'fields/B', 'ne', { kind: 'boolean', value: true }, 'and',
      'fields/X', 'eq', { kind: 'null' }, 'end',
    ]);
  });

  it('rejects an unterminated string and stray characters', () => {
    expect(() => tokenize("fields/A eq 'open")).toThrow(FilterSyntaxError);
    expect(() => tokenize('fields/A eq #')).toThrow(/Unexpected character/);
  });
});

describe('parseFilter', () => {
  it('parses a comparison', () => {
    expect(parseFilter("fields/Status eq 'open'")).toEqual({
      kind: 'compare', op: 'eq', property: 'fields/Status', value: { kind: 'string', value: 'open' },
    });
  });

  it('binds and tighter than or, not tightest, parentheses override', () => {
    const a = "fields/A eq 'a'";
    const b = 'fields/B gt 1';
    const c = 'fields/C le 2';
    const tree = parseFilter(`${a} or ${b} and not ${c}`);
    expect(tree).toMatchObject({
      kind: 'or',
      left: { property: 'fields/A' },
      right: { kind: 'and', left: { property: 'fields/B', op: 'gt' }, right: { kind: 'not', operand: { property: 'fields/C', op: 'le' } } },
    });
    expect(parseFilter(`(${a} or ${b}) and ${c}`)).toMatchObject({
      kind: 'and',
      left: { kind: 'or' },
      right: { property: 'fields/C' },
    });
  });

  it('parses startswith, also compared with true or false', () => {
    expect(parseFilter("startswith(fields/Title, 'Ouder')")).toEqual({ kind: 'startswith', property: 'fields/Title', value: 'Ouder' });
    expect(parseFilter("startswith(fields/Title,'x') eq true")).toEqual({ kind: 'startswith', property: 'fields/Title', value: 'x' });
    expect(parseFilter("startswith(fields/Title,'x') eq false")).toEqual({
      kind: 'not', operand: { kind: 'startswith', property: 'fields/Title', value: 'x' },
    });
  });

  it.each([
    ['fields/A', /comparison operator/],
    ["fields/A eq 'x' and", /property or function/],
    ["fields/A eq 'x')", /Unexpected token/],
    ["(fields/A eq 'x'", /Expected '\)'/],
    ["substringof('x', fields/A)", /Unsupported function/],
    ['startswith(fields/A, 3)', /string literal/],
    ['fields/A eq fields/B', /literal value/],
    ['', /property or function/],
  ])('rejects %p', (input, message) => {
    expect(() => parseFilter(input)).toThrow(message);
  });

  it('reports the position of the error', () => {
    try {
      parseFilter("fields/A xx 'b'");
      throw new Error('expected a syntax error');
    } catch (e) {
      expect(e).toBeInstanceOf(FilterSyntaxError);
      expect((e as FilterSyntaxError).position).toBe(9);
    }
  });
});

describe('conjuncts', () => {
  it('splits the conditions that must all hold', () => {
    const tree = parseFilter("fields/A eq 1 and (fields/B eq 2 or not fields/C eq 3) and startswith(fields/D,'x')");
    expect(conjuncts(tree).map((n) => n.kind)).toEqual(['compare', 'or', 'startswith']);
    expect(conjuncts(parseFilter('fields/A eq 1 or fields/B eq 2'))).toHaveLength(1);
  });
});
