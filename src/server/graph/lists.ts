/** Lists and their columns: GET/POST /sites/{site}/lists, GET a list, GET/POST/PATCH columns. */
import { randomUUID } from 'node:crypto';
import { badRequest, invalidRequest, itemNotFound, nameAlreadyExists } from '../errors';
import { evaluateFilter } from '../odata/evaluate';
import { option, parseExpand, parseFilterOption } from '../odata/query';
import { type ColumnRecord, applyColumnPatch, builtinColumns, parseColumnDefinition } from '../store/columns';
import type { ListRecord, Store } from '../store/store';
import { graphTimestamp } from '../time';
import { type RouteContext, type RouteModule, route, siteOf } from './context';
import { columnJson, listJson, metadataUrl } from './representations';

export function requireList(ctx: RouteContext): ListRecord {
  const ref = ctx.params.list ?? '';
  const list = ctx.services.store.findList(siteOf(ctx).id, ref);
  if (!list) throw itemNotFound(`List '${ref}' does not exist at site with URL '${siteOf(ctx).path}'.`);
  return list;
}

function expandsColumns(ctx: RouteContext): boolean {
  const expand = option(ctx.request.query, 'expand');
  if (!expand) return false;
  const expansions = parseExpand(expand);
  const unknown = expansions.find((e) => e.name !== 'columns');
  if (unknown) throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${unknown.name}' on type 'microsoft.graph.list'.`);
  return true;
}

/** SharePoint derives a list's URL name from its title without spaces or punctuation. */
function urlName(displayName: string, taken: ReadonlySet<string>): string {
  const base = displayName.replace(/[^A-Za-z0-9]/g, '') || 'List';
  let name = base;
  for (let n = 1; taken.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
  return name;
}

/** Validates a new column against the list's columns and the site's lists. */
function checkNewColumn(store: Store, siteId: string, existing: readonly ColumnRecord[], column: ColumnRecord): void {
  if (existing.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    throw nameAlreadyExists(`A duplicate field name "${column.name}" was found.`);
  }
  if (column.type === 'lookup' && !store.findList(siteId, column.lookup.listId)) {
    throw invalidRequest(`The lookup list '${column.lookup.listId}' does not exist.`);
  }
}

function createList(ctx: RouteContext) {
  const { store, directory } = ctx.services;
  const site = siteOf(ctx);
  const body = ctx.request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The request body must be a list object.');
  const input = body as Record<string, unknown>;
  const displayName = input.displayName;
  if (typeof displayName !== 'string' || displayName.trim() === '') throw invalidRequest('displayName is required.');
  const facet = (input.list ?? {}) as Record<string, unknown>;
  const template = facet.template ?? 'genericList';
  if (template !== 'genericList') throw invalidRequest(`List template '${String(template)}' is not supported by the local server.`);
  const lists = store.listsOf(site.id);
  if (lists.some((l) => l.displayName.toLowerCase() === displayName.trim().toLowerCase())) {
    throw nameAlreadyExists(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  if (input.columns !== undefined && !Array.isArray(input.columns)) throw invalidRequest('columns must be an array.');
  const columns = builtinColumns();
  for (const definition of (input.columns ?? []) as unknown[]) {
    const column = parseColumnDefinition(definition);
    checkNewColumn(store, site.id, columns, column);
    columns.push(column);
  }
  const now = graphTimestamp(ctx.now);
  const list: ListRecord = {
    id: randomUUID(),
    siteId: site.id,
    name: urlName(displayName, new Set(lists.map((l) => l.name.toLowerCase()))),
    displayName: displayName.trim(),
    description: typeof input.description === 'string' ? input.description : '',
    template: 'genericList',
    hidden: facet.hidden === true,
    created: now,
    modified: now,
    createdBy: ctx.user.upn,
  };
  store.createList(list, columns);
  return {
    status: 201,
    body: { '@odata.context': metadataUrl(ctx.origin, `sites('${site.id}')/lists/$entity`), ...listJson(list, site, directory) },
  };
}

function findColumn(ctx: RouteContext, list: ListRecord): ColumnRecord {
  const ref = ctx.params.column ?? '';
  const column = ctx.services.store
    .columnsOf(list.id)
    .find((c) => c.id.toLowerCase() === ref.toLowerCase() || c.name.toLowerCase() === ref.toLowerCase());
  if (!column) throw itemNotFound(`Column '${ref}' does not exist.`);
  return column;
}

const columnsContext = (ctx: RouteContext, list: ListRecord) => `sites('${siteOf(ctx).id}')/lists('${list.id}')/columns`;

export const listRoutes: RouteModule = (router) => {
  router.add(
    'GET',
    '/sites/{site}/lists',
    route((ctx) => {
      const { store, directory } = ctx.services;
      const site = siteOf(ctx);
      const withColumns = expandsColumns(ctx);
      const filter = parseFilterOption(ctx.request.query);
      const lists = store.listsOf(site.id).filter((l) => {
        const properties: Record<string, string> = { displayName: l.displayName, name: l.name, id: l.id };
        return !filter || evaluateFilter(filter, (p) => properties[p]);
      });
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `sites('${site.id}')/lists`),
          value: lists.map((l) => listJson(l, site, directory, withColumns ? store.columnsOf(l.id) : undefined)),
        },
      };
    }),
  );
  router.add('POST', '/sites/{site}/lists', route(createList));
  router.add(
    'GET',
    '/sites/{site}/lists/{list}',
    route((ctx) => {
      const list = requireList(ctx);
      const site = siteOf(ctx);
      const columns = expandsColumns(ctx) ? ctx.services.store.columnsOf(list.id) : undefined;
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `sites('${site.id}')/lists/$entity`),
          ...listJson(list, site, ctx.services.directory, columns),
        },
      };
    }),
  );
  router.add(
    'GET',
    '/sites/{site}/lists/{list}/columns',
    route((ctx) => {
      const list = requireList(ctx);
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, columnsContext(ctx, list)),
          value: ctx.services.store.columnsOf(list.id).map(columnJson),
        },
      };
    }),
  );
  router.add(
    'POST',
    '/sites/{site}/lists/{list}/columns',
    route((ctx) => {
      const { store } = ctx.services;
      const list = requireList(ctx);
      const column = parseColumnDefinition(ctx.request.body);
      checkNewColumn(store, list.siteId, store.columnsOf(list.id), column);
      store.addColumn(list.id, column);
      store.touchList(list.id, graphTimestamp(ctx.now));
      return {
        status: 201,
        body: { '@odata.context': metadataUrl(ctx.origin, `${columnsContext(ctx, list)}/$entity`), ...columnJson(column) },
      };
    }),
  );
  router.add(
    'GET',
    '/sites/{site}/lists/{list}/columns/{column}',
    route((ctx) => {
      const list = requireList(ctx);
      const column = findColumn(ctx, list);
      return {
        status: 200,
        body: { '@odata.context': metadataUrl(ctx.origin, `${columnsContext(ctx, list)}/$entity`), ...columnJson(column) },
      };
    }),
  );
  router.add(
    'PATCH',
    '/sites/{site}/lists/{list}/columns/{column}',
    route((ctx) => {
      const { store } = ctx.services;
      const list = requireList(ctx);
      const current = findColumn(ctx, list);
      if (current.readOnly) throw invalidRequest(`Column '${current.name}' is read-only.`);
      const updated = applyColumnPatch(current, ctx.request.body);
      store.replaceColumn(list.id, updated);
      store.touchList(list.id, graphTimestamp(ctx.now));
      return {
        status: 200,
        body: { '@odata.context': metadataUrl(ctx.origin, `${columnsContext(ctx, list)}/$entity`), ...columnJson(updated) },
      };
    }),
  );
};
