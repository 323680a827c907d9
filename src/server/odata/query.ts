/**
 * The OData system query options Graph accepts on collections, read from a URL's query string.
 * Graph takes them with or without the `$` prefix (`$filter` and `filter`), so both are read.
 */
import { badRequest } from '../errors';
import { type FilterNode, FilterSyntaxError, parseFilter } from './filter';

export function option(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

export interface OrderByTerm {
  property: string;
  descending: boolean;
}

export function parseOrderBy(value: string): OrderByTerm[] {
  return value.split(',').map((term) => {
    const parts = term.trim().split(/\s+/);
    const [property, direction, extra] = parts;
    if (!property || extra !== undefined || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      throw badRequest(`Invalid $orderby clause '${term.trim()}'.`);
    }
    return { property, descending: direction?.toLowerCase() === 'desc' };
  });
}

export interface Expansion {
  /** Navigation property name, e.g. "fields" or "columns". */
  name: string;
  /** The `select=` inside the parentheses, when given. */
  select?: string[];
}

/** Splits `fields(select=A,B),columns` on the commas that are not inside parentheses. */
export function parseExpand(value: string): Expansion[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth < 0) throw badRequest(`Invalid $expand clause '${value}'.`);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (depth !== 0) throw badRequest(`Invalid $expand clause '${value}'.`);
  parts.push(current);
  return parts.map((raw) => {
    const match = /^\s*([A-Za-z]+)\s*(?:\((.*)\))?\s*$/.exec(raw);
    if (!match) throw badRequest(`Invalid $expand clause '${raw.trim()}'.`);
    const expansion: Expansion = { name: match[1]! };
    const inner = match[2]?.trim();
    if (inner) {
      const select = /^\$?select=(.*)$/i.exec(inner);
      if (!select) throw badRequest(`Invalid $expand clause '${raw.trim()}'.`);
      expansion.select = splitList(select[1]!);
    }
    return expansion;
  });
}

export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Positive integer or undefined; anything else is the caller's error. */
export function parseTop(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw badRequest(`Invalid $top value '${value}'.`);
  return Number(value);
}

/** The parsed $filter, if any; a syntax error is Graph's 400 "Invalid filter clause". */
export function parseFilterOption(query: URLSearchParams): FilterNode | undefined {
  const text = option(query, 'filter');
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return parseFilter(text);
  } catch (e) {
    if (e instanceof FilterSyntaxError) throw badRequest(`Invalid filter clause: ${e.message}`);
    throw e;
  }
}
