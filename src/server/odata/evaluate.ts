/**
 * Evaluates a $filter AST against a plain object, for the small collections Graph filters in
 * memory (a site's lists). Text compares case-insensitively, as SharePoint does.
 */
import { badRequest } from '../errors';
import type { FilterNode, Literal } from './filter';

export type Scalar = string | number | boolean | null;

function literalValue(literal: Literal): Scalar {
  switch (literal.kind) {
    case 'null':
      return null;
    case 'string':
    case 'datetime':
      return literal.value;
    default:
      return literal.value;
  }
}

function compare(a: Scalar, b: Scalar): number | null {
  if (a === null || b === null) return null;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a !== typeof b) return null;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function evaluateFilter(node: FilterNode, property: (path: string) => Scalar | undefined): boolean {
  const read = (path: string): Scalar => {
    const value = property(path);
    if (value === undefined) throw badRequest(`Invalid filter clause: property '${path}' cannot be filtered on.`);
    return value;
  };
  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, property) && evaluateFilter(node.right, property);
    case 'or':
      return evaluateFilter(node.left, property) || evaluateFilter(node.right, property);
    case 'not':
      return !evaluateFilter(node.operand, property);
    case 'startswith': {
      const value = read(node.property);
      return typeof value === 'string' && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'compare': {
      const left = read(node.property);
      const right = literalValue(node.value);
      if (right === null || left === null) {
        const same = left === right;
        if (node.op === 'eq') return same;
        if (node.op === 'ne') return !same;
        return false;
      }
      const order = compare(left, right);
      if (order === null) return node.op === 'ne';
      switch (node.op) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'gt':
          return order > 0;
        case 'ge':
          return order >= 0;
        case 'lt':
          return order < 0;
        case 'le':
          return order <= 0;
      }
    }
  }
}
