/**
 * SharePoint keeps the people of a site in a hidden list, the User Information List; person
 * columns and an item's Author/Editor hold the id of a person's item there (AuthorLookupId).
 * The local server keeps that list the same way, so clients find a person's lookup id exactly
 * as on a tenant: GET /sites/{id}/lists/User Information List/items?$filter=fields/UserName eq '<upn>'.
 */
import { randomUUID } from 'node:crypto';
import { type ColumnRecord, builtinColumns, parseColumnDefinition } from './columns';
import type { ListRecord, SiteRecord, Store } from './store';

export const USER_INFORMATION_LIST = 'User Information List';

export interface SitePerson {
  upn: string;
  displayName: string;
}

export interface SiteUsers {
  lookupIdOf(upn: string): number | undefined;
  upnOf(lookupId: number): string | undefined;
}

function userList(store: Store, siteId: string): ListRecord | undefined {
  return store.findList(siteId, USER_INFORMATION_LIST);
}

export function siteUsers(store: Store, siteId: string): SiteUsers {
  const list = userList(store, siteId);
  const byUpn = new Map<string, number>();
  const byId = new Map<number, string>();
  if (list) {
    const all = store.queryItems(list.id, { where: [], orderBy: ['id'], sortExpressions: [], limit: -1 }).items;
    for (const item of all) {
      const upn = String(item.values.UserName ?? '');
      byUpn.set(upn.toLowerCase(), item.id);
      byId.set(item.id, upn);
    }
  }
  return {
    lookupIdOf: (upn) => byUpn.get(upn.toLowerCase()),
    upnOf: (id) => byId.get(id),
  };
}

function userListColumns(): ColumnRecord[] {
  return [
    ...builtinColumns(),
    parseColumnDefinition({ name: 'EMail', displayName: 'Work e-mail', text: {}, indexed: true }),
    parseColumnDefinition({ name: 'UserName', displayName: 'User name', text: {}, indexed: true }),
  ];
}

/** Creates the site's User Information List when missing and adds people it does not know yet. */
export function ensureSitePeople(store: Store, site: SiteRecord, people: readonly SitePerson[], now: string): void {
  let list = userList(store, site.id);
  if (!list) {
    list = {
      id: randomUUID(),
      siteId: site.id,
      name: 'users',
      displayName: USER_INFORMATION_LIST,
      description: 'All people with access to this site.',
      template: 'genericList',
      hidden: true,
      created: now,
      modified: now,
      createdBy: people[0]?.upn ?? '',
    };
    store.createList(list, userListColumns());
  }
  const known = siteUsers(store, site.id);
  for (const person of people) {
    if (known.lookupIdOf(person.upn) !== undefined) continue;
    // The first person added becomes lookup id 1 and is recorded as the author of the others.
    const author = known.lookupIdOf(people[0]!.upn) ?? 1;
    store.insertItem({
      listId: list.id,
      uniqueId: randomUUID(),
      version: 1,
      created: now,
      modified: now,
      author,
      editor: author,
      values: { Title: person.displayName, EMail: person.upn, UserName: person.upn },
    });
  }
}
