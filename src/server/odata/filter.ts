/**
 * OData $filter: a tokenizer and a recursive-descent parser producing an AST. Only the grammar
 * Graph accepts on list items is supported: comparisons of a property path with a literal
 * (eq ne gt ge lt le), startswith(property,'text'), and/or/not and parentheses. Turning the AST
 * into a query is the store's job; this module knows nothing about columns.
 */

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  /** An unquoted date/time literal such as 2024-09-01T08:00:00Z, kept as written. */
  | { kind: 'datetime'; value: string };

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: ComparisonOp; property: string; value: Literal }
  | { kind: 'startswith'; property: string; value: string };

export class FilterSyntaxError extends Error {
  override name = 'FilterSyntaxError';
  constructor(message: string, readonly position: number) {
    super(`${message} at position ${position}`);
  }
}

type Token =
  | { type: 'paren'; value: '(' | ')'; at: number }
  | { type: 'comma'; at: number }
  | { type: 'word'; value: string; at: number }
  | { type: 'literal'; value: Literal; at: number }
  | { type: 'end'; at: number };

const COMPARISON_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\/[A-Za-z_$][A-Za-z0-9_$]*)*/;

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ type: 'paren', value: ch, at: i });
      i += 1;
      continue;
    }
    if (ch === ',') {
      tokens.push({ type: 'comma', at: i });
      i += 1;
      continue;
    }
    if (ch === "'") {
      const start = i;
      let value = '';
      i += 1;
      for (;;) {
        if (i >= input.length) throw new FilterSyntaxError('Unterminated string literal', start);
        const c = input[i]!;
        if (c === "'") {
          // OData escapes a quote inside a string by doubling it.
          if (input[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += c;
        i += 1;
      }
      tokens.push({ type: 'literal', value: { kind: 'string', value }, at: start });
      continue;
    }
    const rest = input.slice(i);
    const datetime = DATETIME.exec(rest);
    if (datetime) {
      tokens.push({ type: 'literal', value: { kind: 'datetime', value: datetime[0] }, at: i });
      i += datetime[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: 'literal', value: { kind: 'number', value: Number(number[0]) }, at: i });
      i += number[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      const w = word[0];
      if (w === 'true' || w === 'false') {
        tokens.push({ type: 'literal', value: { kind: 'boolean', value: w === 'true' }, at: i });
      } else if (w === 'null') {
        tokens.push({ type: 'literal', value: { kind: 'null' }, at: i });
      } else {
        tokens.push({ type: 'word', value: w, at: i });
      }
      i += w.length;
      continue;
    }
    throw new FilterSyntaxError(`Unexpected character '${ch}'`, i);
  }
  tokens.push({ type: 'end', at: input.length });
  return tokens;
}

export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = (): Token => tokens[pos]!;
  const next = (): Token => tokens[pos++]!;
  const isWord = (t: Token, value: string): boolean => t.type === 'word' && t.value === value;

  function expectParen(value: '(' | ')'): void {
    const t = next();
    if (t.type !== 'paren' || t.value !== value) throw new FilterSyntaxError(`Expected '${value}'`, t.at);
  }

  function orExpr(): FilterNode {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }

  function andExpr(): FilterNode {
    let left = unary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  }

  function unary(): FilterNode {
    if (isWord(peek(), 'not')) {
      next();
      return { kind: 'not', operand: unary() };
    }
    return primary();
  }

  function primary(): FilterNode {
    const t = peek();
    if (t.type === 'paren' && t.value === '(') {
      next();
      const inner = orExpr();
      expectParen(')');
      return inner;
    }
    if (t.type !== 'word') throw new FilterSyntaxError('Expected a property or function', t.at);
    next();
    const after = peek();
    if (after.type === 'paren' && after.value === '(') return functionCall(t.value, t.at);
    const op = next();
    if (op.type !== 'word' || !COMPARISON_OPS.has(op.value)) {
      throw new FilterSyntaxError('Expected a comparison operator (eq, ne, gt, ge, lt, le)', op.at);
    }
    const literal = next();
    if (literal.type !== 'literal') throw new FilterSyntaxError('Expected a literal value', literal.at);
    return { kind: 'compare', op: op.value as ComparisonOp, property: t.value, value: literal.value };
  }

  function functionCall(name: string, at: number): FilterNode {
    if (name.toLowerCase() !== 'startswith') throw new FilterSyntaxError(`Unsupported function '${name}'`, at);
    expectParen('(');
    const property = next();
    if (property.type !== 'word') throw new FilterSyntaxError('Expected a property', property.at);
    const comma = next();
    if (comma.type !== 'comma') throw new FilterSyntaxError("Expected ','", comma.at);
    const prefix = next();
    if (prefix.type !== 'literal' || prefix.value.kind !== 'string') {
      throw new FilterSyntaxError('startswith needs a string literal', prefix.at);
    }
    expectParen(')');
    const call: FilterNode = { kind: 'startswith', property: property.value, value: prefix.value.value };
    // OData also allows the boolean function to be compared explicitly: startswith(…) eq true.
    if (isWord(peek(), 'eq')) {
      next();
      const b = next();
      if (b.type !== 'literal' || b.value.kind !== 'boolean') throw new FilterSyntaxError('Expected true or false', b.at);
      return b.value.value ? call : { kind: 'not', operand: call };
    }
    return call;
  }

  const tree = orExpr();
  const end = peek();
  if (end.type !== 'end') throw new FilterSyntaxError('Unexpected token', end.at);
  return tree;
}

/** The conditions that must all hold: the operands of top-level ands. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}
