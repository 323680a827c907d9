/**
 * $skiptoken for list item paging. The token carries the sort key of the last item on the page
 * (its $orderby values followed by its id), so the next page starts right after that item: pages
 * stay correct when items are added or removed between requests, unlike an offset.
 * Opaque to clients, as Graph's own skiptokens are.
 */
import { invalidRequest } from '../errors';

export type SortValue = string | number | null;

export function encodeSkipToken(after: readonly SortValue[]): string {
  return Buffer.from(JSON.stringify(after), 'utf8').toString('base64url');
}

export function decodeSkipToken(token: string, expectedLength: number): SortValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidRequest('The $skiptoken is not valid.');
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === expectedLength &&
    parsed.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (!valid) throw invalidRequest('The $skiptoken is not valid for this query.');
  return parsed as SortValue[];
}
