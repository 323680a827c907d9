/** Graph's JSON shapes for sites, lists, columns, list items and fieldValueSets. */
import type { Directory } from '../directory';
import { type ColumnRecord, type StoredValue, fieldKey, toGraphValue } from '../store/columns';
import type { SiteUsers } from '../store/siteUsers';
import type { ItemRecord, ListRecord, SiteRecord } from '../store/store';

export const GRAPH_ROOT = '/graph/v1.0';

export function metadataUrl(origin: string, fragment: string): string {
  return `${origin}${GRAPH_ROOT}/$metadata#${fragment}`;
}

export const siteWebUrl = (site: SiteRecord): string => `https://${site.hostname}${site.path}`;
const listWebUrl = (site: SiteRecord, list: ListRecord): string => `${siteWebUrl(site)}/Lists/${list.name}`;

export function siteJson(site: SiteRecord, origin: string): Record<string, unknown> {
  return {
    '@odata.context': metadataUrl(origin, 'sites/$entity'),
    createdDateTime: site.created,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.created,
    name: site.name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    ...(site.isRoot ? { root: {} } : {}),
    siteCollection: { hostname: site.hostname },
  };
}

/** Graph's identitySet for a person, e.g. createdBy. */
export function identitySet(upn: string | undefined, directory: Directory): Record<string, unknown> {
  const user = upn ? directory.user(upn) : undefined;
  return user ? { user: { email: user.upn, id: user.id, displayName: user.displayName } } : { user: { displayName: 'System Account' } };
}

export function columnJson(column: ColumnRecord): Record<string, unknown> {
  const facet =
    column.type === 'text' ? { text: column.text }
    : column.type === 'number' ? { number: column.number }
    : column.type === 'dateTime' ? { dateTime: column.dateTime }
    : column.type === 'choice' ? { choice: column.choice }
    : column.type === 'boolean' ? { boolean: column.boolean }
    : column.type === 'personOrGroup' ? { personOrGroup: column.personOrGroup }
    : { lookup: column.lookup };
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    ...facet,
  };
}

export function listJson(
  list: ListRecord,
  site: SiteRecord,
  directory: Directory,
  columns?: readonly ColumnRecord[],
): Record<string, unknown> {
  return {
    createdDateTime: list.created,
    description: list.description,
    displayName: list.displayName,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: listWebUrl(site, list),
    createdBy: identitySet(list.createdBy, directory),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: list.hidden, template: list.template },
    ...(columns ? { columns: columns.map(columnJson) } : {}),
  };
}

/** SharePoint's item eTag: the item's UniqueId and its version, quoted. */
export const itemEtag = (item: ItemRecord): string => `"${item.uniqueId},${item.version}"`;

function storedValue(column: ColumnRecord, item: ItemRecord): StoredValue | undefined {
  switch (column.storage) {
    case 'data':
      return item.values[column.name];
    case 'id':
      return item.id;
    case 'created':
      return item.created;
    case 'modified':
      return item.modified;
    case 'author':
      return item.author;
    case 'editor':
      return item.editor;
  }
}

/**
 * An item's fieldValueSet. Empty fields are left out, as Graph does; `select` limits the fields
 * to those named (by their fieldValueSet key, or a lookup column's plain name).
 */
export function fieldsJson(item: ItemRecord, columns: readonly ColumnRecord[], select?: readonly string[]): Record<string, unknown> {
  const data = columns.filter((c) => c.storage === 'data');
  const system = columns.filter((c) => c.storage !== 'data');
  const all: Array<[string, unknown]> = [];
  for (const column of data) {
    const value = storedValue(column, item);
    if (value !== undefined && value !== null) all.push([fieldKey(column), toGraphValue(column, value)]);
  }
  const byStorage = (s: ColumnRecord['storage']) => system.find((c) => c.storage === s);
  const systemValue = (s: ColumnRecord['storage']): [string, unknown] | null => {
    const column = byStorage(s);
    const value = column ? storedValue(column, item) : undefined;
    return column && value !== undefined ? [fieldKey(column), toGraphValue(column, value)] : null;
  };
  const tail: Array<[string, unknown] | null> = [
    systemValue('id'),
    ['ContentType', 'Item'],
    systemValue('modified'),
    systemValue('created'),
    systemValue('author'),
    systemValue('editor'),
    ['_UIVersionString', `${item.version}.0`],
    ['Attachments', false],
  ];
  for (const entry of tail) if (entry) all.push(entry);

  const chosen = select
    ? select.flatMap((name) => {
        const entry = all.find(([key]) => key === name || key === `${name}LookupId` || (name === 'ID' && key === 'id'));
        return entry ? [entry] : [];
      })
    : all;
  return { '@odata.etag': itemEtag(item), ...Object.fromEntries(chosen) };
}

export interface ItemView {
  site: SiteRecord;
  list: ListRecord;
  columns: readonly ColumnRecord[];
  people: SiteUsers;
  directory: Directory;
  origin: string;
}

export interface ItemShape {
  fields: boolean;
  fieldSelect?: readonly string[];
  /** $select on the listItem's own properties. */
  select?: readonly string[];
}

export function itemJson(item: ItemRecord, view: ItemView, shape: ItemShape): Record<string, unknown> {
  const etag = itemEtag(item);
  const properties: Record<string, unknown> = {
    createdDateTime: item.created,
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${listWebUrl(view.site, view.list)}/${item.id}_.000`,
    createdBy: identitySet(view.people.upnOf(item.author), view.directory),
    lastModifiedBy: identitySet(view.people.upnOf(item.editor), view.directory),
    parentReference: { id: view.list.id, siteId: view.site.id },
    contentType: { id: `0x0100${view.list.id.replace(/-/g, '').toUpperCase()}`, name: 'Item' },
  };
  const select = shape.select;
  const selected = select ? Object.fromEntries(Object.entries(properties).filter(([key]) => select.includes(key))) : properties;
  return {
    '@odata.etag': etag,
    ...selected,
    ...(shape.fields ? { fields: fieldsJson(item, view.columns, shape.fieldSelect) } : {}),
  };
}
