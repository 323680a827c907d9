/**
 * Reading a page of list items the way SharePoint serves it through Graph: $filter/$orderby only
 * on indexed columns unless the client sends the Prefer header, the list view threshold on large
 * lists, server-side paging with a default page of 200 and at most 5,000 items per page.
 */
import { invalidRequest, listViewThreshold, notIndexed } from '../errors';
import { conjuncts } from '../odata/filter';
import { option, parseFilterOption, parseOrderBy, parseTop } from '../odata/query';
import { decodeSkipToken, encodeSkipToken } from '../odata/skiptoken';
import { type ColumnRecord, fieldKey } from '../store/columns';
import { compileFilter, keysetAfter, orderByTerms, sortKeys } from '../store/itemSql';
import type { ItemRecord, SqlFragment, Store } from '../store/store';

export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;
export const LIST_VIEW_THRESHOLD = 5000;
export const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

export function prefersNonIndexedQueries(preferHeader: string | undefined): boolean {
  return (preferHeader ?? '')
    .split(',')
    .some((p) => p.trim().toLowerCase() === PREFER_NON_INDEXED.toLowerCase());
}

export interface ItemPage {
  items: ItemRecord[];
  /** Present when more items follow; goes into @odata.nextLink as $skiptoken. */
  skipToken?: string;
}

export function queryItemPage(
  store: Store,
  listId: string,
  columns: readonly ColumnRecord[],
  query: URLSearchParams,
  preferNonIndexed: boolean,
): ItemPage {
  if (option(query, 'skip') !== undefined) {
    throw invalidRequest('$skip is not supported on this API. Only URLs returned by the API can be used to page.');
  }
  const filterTree = parseFilterOption(query);
  const filter = filterTree ? compileFilter(filterTree, columns) : undefined;
  const orderBy = option(query, 'orderby');
  const sort = sortKeys(orderBy ? parseOrderBy(orderBy) : [], columns);

  const nonIndexed = [...(filter?.columns ?? []), ...sort.columns].find((c) => !c.indexed);
  if (nonIndexed) {
    if (!preferNonIndexed) throw notIndexed(fieldKey(nonIndexed));
    if (store.countItems(listId) > LIST_VIEW_THRESHOLD && !narrowedByIndex(store, listId, columns, filterTree)) {
      throw listViewThreshold();
    }
  }

  const top = Math.min(parseTop(option(query, 'top')) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const token = option(query, 'skiptoken');
  const where: SqlFragment[] = [];
  if (filter) where.push(filter);
  if (token) where.push(keysetAfter(sort.keys, decodeSkipToken(token, sort.keys.length)));
  const page = store.queryItems(listId, {
    where,
    orderBy: orderByTerms(sort.keys),
    sortExpressions: sort.keys.map((k) => k.expression),
    limit: top + 1,
  });
  if (page.items.length <= top) return { items: page.items };
  return { items: page.items.slice(0, top), skipToken: encodeSkipToken(page.sortValues[top - 1]!) };
}

/**
 * SharePoint lets a query touch non-indexed columns on a list over the threshold only when an
 * indexed condition that must hold (a top-level `and` operand) first narrows the list to at
 * most 5,000 items.
 */
function narrowedByIndex(
  store: Store,
  listId: string,
  columns: readonly ColumnRecord[],
  filterTree: ReturnType<typeof parseFilterOption>,
): boolean {
  if (!filterTree) return false;
  return conjuncts(filterTree).some((condition) => {
    const compiled = compileFilter(condition, columns);
    return compiled.columns.every((c) => c.indexed) && store.countItems(listId, [compiled]) <= LIST_VIEW_THRESHOLD;
  });
}
