/**
 * List items: GET/POST /lists/{list}/items, GET/PATCH/DELETE /items/{id}, GET/PATCH
 * /items/{id}/fields. Every item and fieldValueSet carries @odata.etag and an ETag header;
 * If-Match with another etag answers 412 and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { invalidRequest, itemNotFound, nameAlreadyExists, resourceModified } from '../errors';
import { option, parseExpand, splitList } from '../odata/query';
import { applyFieldValues } from '../store/fieldValues';
import { siteUsers } from '../store/siteUsers';
import type { SortValue } from '../odata/skiptoken';
import { indexedExpression, type ItemRecord, type ListRecord } from '../store/store';
import { graphTimestamp } from '../time';
import { type RouteContext, type RouteModule, route, siteOf } from './context';
import { queryItemPage, prefersNonIndexedQueries } from './itemQuery';
import { requireList } from './lists';
import { type ItemShape, type ItemView, GRAPH_ROOT, fieldsJson, itemEtag, itemJson, metadataUrl } from './representations';

function view(ctx: RouteContext, list: ListRecord): ItemView {
  const site = siteOf(ctx);
  return {
    site,
    list,
    columns: ctx.services.store.columnsOf(list.id),
    people: siteUsers(ctx.services.store, site.id),
    directory: ctx.services.directory,
    origin: ctx.origin,
  };
}

/** $expand=fields / fields(select=…) and $select, as they shape a listItem. */
function shapeOf(query: URLSearchParams): ItemShape {
  const expand = option(query, 'expand');
  const expansions = expand ? parseExpand(expand) : [];
  const unknown = expansions.find((e) => e.name !== 'fields');
  if (unknown) {
    throw invalidRequest(`Parsing OData Select and Expand failed: Could not find a property named '${unknown.name}' on type 'microsoft.graph.listItem'.`);
  }
  const fields = expansions.find((e) => e.name === 'fields');
  const select = option(query, 'select');
  return {
    fields: fields !== undefined,
    ...(fields?.select ? { fieldSelect: fields.select } : {}),
    ...(select ? { select: splitList(select) } : {}),
  };
}

const itemsContext = (ctx: RouteContext, list: ListRecord) => `sites('${siteOf(ctx).id}')/lists('${list.id}')/items`;

function requireItem(ctx: RouteContext, list: ListRecord): ItemRecord {
  const ref = ctx.params.item ?? '';
  const item = /^\d+$/.test(ref) ? ctx.services.store.item(list.id, Number(ref)) : undefined;
  if (!item) throw itemNotFound();
  return item;
}

/** If-Match: `*` or one of the listed etags must match the item's current etag. */
function checkIfMatch(ctx: RouteContext, item: ItemRecord): void {
  const header = ctx.request.headers['if-match'];
  if (header === undefined) return;
  const current = itemEtag(item);
  // Entity tags are quoted and SharePoint's contain a comma, so the list is split on the quotes.
  const tags = header.match(/(?:W\/)?"[^"]*"|\*/g) ?? [`"${header.trim()}"`];
  const matches = tags.some((raw) => {
    const tag = raw.replace(/^W\//, '');
    return tag === '*' || tag === current || tag === `"${item.version}"`;
  });
  if (!matches) throw resourceModified();
}

/** The acting member's lookup id; every member is in the User Information List from start-up. */
function actorLookupId(ctx: RouteContext, v: ItemView): number {
  const id = v.people.lookupIdOf(ctx.user.upn);
  if (id === undefined) throw new Error(`member ${ctx.user.upn} is missing from the User Information List`);
  return id;
}

/**
 * SharePoint refuses an item whose value in a column with enforceUniqueValues is already taken
 * (compared as the column compares, so text case-insensitively), on create and on update.
 */
function enforceUniqueValues(ctx: RouteContext, v: ItemView, values: ItemRecord['values'], except?: number): void {
  for (const column of v.columns) {
    const value = values[column.name];
    if (!column.enforceUniqueValues || value === null || value === undefined || value === '') continue;
    const where = [{ sql: `${indexedExpression(column)} = ?`, params: [typeof value === 'boolean' ? Number(value) : value] as SortValue[] }];
    if (except !== undefined) where.push({ sql: 'id != ?', params: [except] });
    const taken = ctx.services.store.queryItems(v.list.id, { where, orderBy: ['id'], sortExpressions: [], limit: 1 });
    if (taken.items.length > 0) {
      throw nameAlreadyExists(
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
      );
    }
  }
}

function writeFields(ctx: RouteContext, v: ItemView, item: ItemRecord, fieldsBody: unknown): ItemRecord {
  const values = applyFieldValues(v.columns, item.values, fieldsBody, { personExists: (id) => v.people.upnOf(id) !== undefined }, false);
  enforceUniqueValues(ctx, v, values, item.id);
  const updated: ItemRecord = {
    ...item,
    values,
    version: item.version + 1,
    modified: graphTimestamp(ctx.now),
    editor: actorLookupId(ctx, v),
  };
  ctx.services.store.updateItem(updated);
  ctx.services.store.touchList(item.listId, updated.modified);
  return updated;
}

const etagHeader = (item: ItemRecord) => ({ ETag: itemEtag(item) });

export const itemRoutes: RouteModule = (router) => {
  router.add(
    'GET',
    '/sites/{site}/lists/{list}/items',
    route((ctx) => {
      const list = requireList(ctx);
      const v = view(ctx, list);
      const shape = shapeOf(ctx.request.query);
      const page = queryItemPage(
        ctx.services.store,
        list.id,
        v.columns,
        ctx.request.query,
        prefersNonIndexedQueries(ctx.request.headers.prefer),
      );
      let nextLink: string | undefined;
      if (page.skipToken) {
        const next = new URLSearchParams(ctx.request.query);
        next.delete('$skiptoken');
        next.delete('skiptoken');
        next.set('$skiptoken', page.skipToken);
        // Written like Graph's own nextLinks: `$` left as is, values percent-encoded.
        const query = [...next].map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, '$')}=${encodeURIComponent(v)}`).join('&');
        nextLink = `${ctx.origin}${GRAPH_ROOT}${ctx.request.path}?${query}`;
      }
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, itemsContext(ctx, list)),
          ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
          value: page.items.map((item) => itemJson(item, v, shape)),
        },
      };
    }),
  );

  router.add(
    'POST',
    '/sites/{site}/lists/{list}/items',
    route((ctx) => {
      const list = requireList(ctx);
      const v = view(ctx, list);
      const body = ctx.request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The request body must be a listItem.');
      const values = applyFieldValues(
        v.columns,
        {},
        (body as { fields?: unknown }).fields ?? {},
        { personExists: (id) => v.people.upnOf(id) !== undefined },
        true,
      );
      enforceUniqueValues(ctx, v, values);
      const now = graphTimestamp(ctx.now);
      const actor = actorLookupId(ctx, v);
      const item = ctx.services.store.insertItem({
        listId: list.id,
        uniqueId: randomUUID(),
        version: 1,
        created: now,
        modified: now,
        author: actor,
        editor: actor,
        values,
      });
      ctx.services.store.touchList(list.id, now);
      return {
        status: 201,
        headers: etagHeader(item),
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${itemsContext(ctx, list)}/$entity`),
          ...itemJson(item, v, { fields: true }),
        },
      };
    }),
  );

  router.add(
    'GET',
    '/sites/{site}/lists/{list}/items/{item}',
    route((ctx) => {
      const list = requireList(ctx);
      const item = requireItem(ctx, list);
      return {
        status: 200,
        headers: etagHeader(item),
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${itemsContext(ctx, list)}/$entity`),
          ...itemJson(item, view(ctx, list), shapeOf(ctx.request.query)),
        },
      };
    }),
  );

  router.add(
    'PATCH',
    '/sites/{site}/lists/{list}/items/{item}',
    route((ctx) => {
      const list = requireList(ctx);
      const item = requireItem(ctx, list);
      checkIfMatch(ctx, item);
      const v = view(ctx, list);
      const body = ctx.request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The request body must be a listItem.');
      const updated = writeFields(ctx, v, item, (body as { fields?: unknown }).fields ?? {});
      return {
        status: 200,
        headers: etagHeader(updated),
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${itemsContext(ctx, list)}/$entity`),
          ...itemJson(updated, v, { fields: true }),
        },
      };
    }),
  );

  router.add(
    'DELETE',
    '/sites/{site}/lists/{list}/items/{item}',
    route((ctx) => {
      const list = requireList(ctx);
      const item = requireItem(ctx, list);
      checkIfMatch(ctx, item);
      ctx.services.store.deleteItem(list.id, item.id);
      ctx.services.store.touchList(list.id, graphTimestamp(ctx.now));
      return { status: 204 };
    }),
  );

  const fieldsContext = (ctx: RouteContext, list: ListRecord, item: ItemRecord) =>
    metadataUrl(ctx.origin, `${itemsContext(ctx, list)}('${item.id}')/fields/$entity`);

  router.add(
    'GET',
    '/sites/{site}/lists/{list}/items/{item}/fields',
    route((ctx) => {
      const list = requireList(ctx);
      const item = requireItem(ctx, list);
      const select = option(ctx.request.query, 'select');
      return {
        status: 200,
        headers: etagHeader(item),
        body: {
          '@odata.context': fieldsContext(ctx, list, item),
          ...fieldsJson(item, ctx.services.store.columnsOf(list.id), select ? splitList(select) : undefined),
        },
      };
    }),
  );

  router.add(
    'PATCH',
    '/sites/{site}/lists/{list}/items/{item}/fields',
    route((ctx) => {
      const list = requireList(ctx);
      const item = requireItem(ctx, list);
      checkIfMatch(ctx, item);
      const v = view(ctx, list);
      const updated = writeFields(ctx, v, item, ctx.request.body);
      return {
        status: 200,
        headers: etagHeader(updated),
        body: { '@odata.context': fieldsContext(ctx, list, updated), ...fieldsJson(updated, v.columns) },
      };
    }),
  );
};
