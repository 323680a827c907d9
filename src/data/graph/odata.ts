/**
 * OData query building for list items: $filter, $orderby, $top and the fields to expand.
 * Filters and orderings are allowed only on indexed columns (SharePoint refuses others once a
 * list passes 5,000 items), which is checked here, before a request is ever sent.
 */

export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterValue = string | number | boolean;

export type Filter =
  | { kind: 'compare'; op: Comparison; column: string; value: FilterValue }
  | { kind: 'startswith'; column: string; value: string }
  | { kind: 'and' | 'or'; filters: Filter[] };

export const where = {
  eq: (column: string, value: FilterValue): Filter => ({ kind: 'compare', op: 'eq', column, value }),
  ne: (column: string, value: FilterValue): Filter => ({ kind: 'compare', op: 'ne', column, value }),
  gt: (column: string, value: FilterValue): Filter => ({ kind: 'compare', op: 'gt', column, value }),
  ge: (column: string, value: FilterValue): Filter => ({ kind: 'compare', op: 'ge', column, value }),
  lt: (column: string, value: FilterValue): Filter => ({ kind: 'compare', op: 'lt', column, value }),
  le: (column: string, value: FilterValue): Filter => ({ kind: 'compare', op: 'le', column, value }),
  startsWith: (column: string, value: string): Filter => ({ kind: 'startswith', column, value }),
  and: (...filters: Filter[]): Filter => ({ kind: 'and', filters }),
  or: (...filters: Filter[]): Filter => ({ kind: 'or', filters }),
};

export class NonIndexedQueryError extends Error {
  override name = 'NonIndexedQueryError';
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function odataLiteral(value: FilterValue): string {
  if (typeof value === 'string') return odataString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkColumn(column: string, isIndexed: (column: string) => boolean): void {
  if (!COLUMN_NAME.test(column)) throw new NonIndexedQueryError(`not a column name: ${column}`);
  if (!isIndexed(column)) {
    throw new NonIndexedQueryError(
      `column ${column} is not indexed; filtering or ordering on it fails on large lists`,
    );
  }
}

/** The $filter expression (unencoded) for list item fields. */
export function filterExpression(filter: Filter, isIndexed: (column: string) => boolean): string {
  switch (filter.kind) {
    case 'compare':
      checkColumn(filter.column, isIndexed);
      return `fields/${filter.column} ${filter.op} ${odataLiteral(filter.value)}`;
    case 'startswith':
      checkColumn(filter.column, isIndexed);
      return `startswith(fields/${filter.column},${odataString(filter.value)})`;
    case 'and':
    case 'or': {
      if (!filter.filters.length) throw new RangeError(`empty ${filter.kind}`);
      const parts = filter.filters.map((f) => {
        const text = filterExpression(f, isIndexed);
        return f.kind === 'and' || f.kind === 'or' ? `(${text})` : text;
      });
      return parts.join(` ${filter.kind} `);
    }
  }
}

export interface OrderBy {
  column: string;
  direction?: 'asc' | 'desc';
}

export interface ItemsQuery {
  filter?: Filter;
  orderBy?: OrderBy[];
  /** Page size; further pages come through @odata.nextLink. */
  top?: number;
}

/**
 * The query string (without "?") for GET …/items: fields expanded (only the given ones), then
 * $filter, $orderby and $top, each value URL-encoded.
 */
export function itemsQueryString(
  query: ItemsQuery,
  select: readonly string[],
  isIndexed: (column: string) => boolean,
): string {
  for (const column of select) {
    if (!COLUMN_NAME.test(column)) throw new RangeError(`not a column name: ${column}`);
  }
  const parts = [`expand=fields(select=${select.join(',')})`];
  if (query.filter) {
    parts.push(`$filter=${encodeURIComponent(filterExpression(query.filter, isIndexed))}`);
  }
  if (query.orderBy?.length) {
    const order = query.orderBy.map((o) => {
      checkColumn(o.column, isIndexed);
      return `fields/${o.column}${o.direction === 'desc' ? ' desc' : ''}`;
    });
    parts.push(`$orderby=${encodeURIComponent(order.join(','))}`);
  }
  if (query.top !== undefined) {
    if (!Number.isInteger(query.top) || query.top < 1) throw new RangeError(`bad $top: ${query.top}`);
    parts.push(`$top=${query.top}`);
  }
  return parts.join('&');
}
