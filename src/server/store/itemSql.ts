/**
 * Turns a parsed $filter and $orderby into SQL over the items table, typed by column: numbers
 * compare as numbers, dateTimes as ISO 8601 UTC text, booleans as 0/1, text case-insensitively
 * as SharePoint does. Also builds the keyset condition that continues a page after a skiptoken.
 */
import { invalidRequest, badRequest } from '../errors';
import type { FilterNode, Literal } from '../odata/filter';
import type { OrderByTerm } from '../odata/query';
import type { SortValue } from '../odata/skiptoken';
import { type ColumnRecord, columnForKey, normalizeDateTime } from './columns';
import { type SqlFragment, indexedExpression } from './store';

/** Resolves `fields/<key>` to its column; anything else is not filterable on list items. */
export function resolveProperty(columns: readonly ColumnRecord[], property: string): ColumnRecord {
  const match = /^fields\/(.+)$/.exec(property);
  if (!match) {
    throw invalidRequest(`Property '${property}' cannot be used to filter or sort list items; use fields/<column>.`);
  }
  const column = columnForKey(columns, match[1]!);
  if (!column) throw invalidRequest(`Field '${match[1]}' is not recognized`);
  return column;
}

function literalText(literal: Literal): string | undefined {
  return literal.kind === 'string' || literal.kind === 'datetime' ? literal.value : undefined;
}

/** The literal in the form the column stores, so that SQLite compares like with like. */
function comparable(column: ColumnRecord, literal: Literal, property: string): string | number {
  const mismatch = () => invalidRequest(`The value in the filter on '${property}' does not match the column's type (${column.type}).`);
  switch (column.type) {
    case 'text':
    case 'choice':
      if (literal.kind !== 'string') throw mismatch();
      return literal.value;
    case 'number':
    case 'lookup':
    case 'personOrGroup': {
      if (literal.kind === 'number') return literal.value;
      // SharePoint accepts quoted numbers too, e.g. fields/PupilLookupId eq '3'.
      if (literal.kind === 'string' && /^-?\d+(\.\d+)?$/.test(literal.value)) return Number(literal.value);
      throw mismatch();
    }
    case 'boolean':
      if (literal.kind === 'boolean') return literal.value ? 1 : 0;
      if (literal.kind === 'number' && (literal.value === 0 || literal.value === 1)) return literal.value;
      throw mismatch();
    case 'dateTime': {
      const text = literalText(literal);
      const normalized = text === undefined ? null : normalizeDateTime(text);
      if (!normalized) throw mismatch();
      return normalized;
    }
  }
}

const SQL_OPS = { eq: '=', ne: '!=', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

export interface CompiledFilter extends SqlFragment {
  /** Every column the filter reads. */
  columns: ColumnRecord[];
}

export function compileFilter(node: FilterNode, columns: readonly ColumnRecord[]): CompiledFilter {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = compileFilter(node.left, columns);
      const right = compileFilter(node.right, columns);
      return {
        sql: `(${left.sql}) ${node.kind.toUpperCase()} (${right.sql})`,
        params: [...left.params, ...right.params],
        columns: [...left.columns, ...right.columns],
      };
    }
    case 'not': {
      const inner = compileFilter(node.operand, columns);
      return { ...inner, sql: `NOT (${inner.sql})` };
    }
    case 'startswith': {
      const column = resolveProperty(columns, node.property);
      if (column.type !== 'text' && column.type !== 'choice') {
        throw invalidRequest(`startswith needs a text column; '${node.property}' is ${column.type}.`);
      }
      const expr = indexedExpression(column);
      // A range instead of LIKE, so an index on the column can serve it.
      return { sql: `${expr} >= ? AND ${expr} < ?`, params: [node.value, `${node.value}\u{10FFFF}`], columns: [column] };
    }
    case 'compare': {
      const column = resolveProperty(columns, node.property);
      const expr = indexedExpression(column);
      if (node.value.kind === 'null') {
        if (node.op !== 'eq' && node.op !== 'ne') throw badRequest('Invalid filter clause: null can only be compared with eq or ne.');
        return { sql: `${expr} IS ${node.op === 'eq' ? '' : 'NOT '}NULL`, params: [], columns: [column] };
      }
      if (column.type === 'boolean' && node.op !== 'eq' && node.op !== 'ne') {
        throw badRequest(`Invalid filter clause: a boolean field can only be compared with eq or ne.`);
      }
      return {
        sql: `${expr} ${SQL_OPS[node.op]} ?`,
        params: [comparable(column, node.value, node.property)],
        columns: [column],
      };
    }
  }
}

export interface SortKey {
  expression: string;
  descending: boolean;
}

export function sortKeys(terms: readonly OrderByTerm[], columns: readonly ColumnRecord[]): { keys: SortKey[]; columns: ColumnRecord[] } {
  const resolved = terms.map((t) => ({ column: resolveProperty(columns, t.property), descending: t.descending }));
  return {
    // The item id ends every ordering, which makes it total and the pages stable.
    keys: [
      ...resolved.map((r) => ({ expression: indexedExpression(r.column), descending: r.descending })),
      { expression: 'id', descending: false },
    ],
    columns: resolved.map((r) => r.column),
  };
}

export function orderByTerms(keys: readonly SortKey[]): string[] {
  return keys.map((k) => `${k.expression} ${k.descending ? 'DESC' : 'ASC'}`);
}

/**
 * Rows strictly after `after` in the order of `keys`. SQLite sorts NULL first ascending and last
 * descending (as SharePoint's SQL Server does); the conditions below follow that order.
 */
export function keysetAfter(keys: readonly SortKey[], after: readonly SortValue[]): SqlFragment {
  const alternatives: string[] = [];
  const params: SortValue[] = [];
  keys.forEach((key, i) => {
    const value = after[i] ?? null;
    let beyond: { sql: string; params: SortValue[] } | null;
    if (!key.descending) {
      beyond = value === null ? { sql: `${key.expression} IS NOT NULL`, params: [] } : { sql: `${key.expression} > ?`, params: [value] };
    } else {
      beyond = value === null ? null : { sql: `(${key.expression} < ? OR ${key.expression} IS NULL)`, params: [value] };
    }
    if (!beyond) return;
    const equalBefore = keys.slice(0, i).map((k) => `${k.expression} IS ?`);
    alternatives.push([...equalBefore, beyond.sql].join(' AND '));
    params.push(...after.slice(0, i).map((v) => v ?? null), ...beyond.params);
  });
  return { sql: alternatives.length ? alternatives.map((a) => `(${a})`).join(' OR ') : '0', params };
}
