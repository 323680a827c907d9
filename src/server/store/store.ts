/**
 * The store: SQLite on disk through better-sqlite3 (WAL, foreign keys on). Route handlers see
 * only the Store interface; every request runs inside `transaction`, so a failing request
 * writes nothing.
 */
import Database from 'better-sqlite3';
import { type ColumnRecord, type StoredValue, sqlExpression } from './columns';
import { SCHEMA, SCHEMA_VERSION } from './schema';
import { type TeamsStore, openTeamsStore } from './teams';
import { type MailboxStore, openMailboxStore } from './mailbox';
import type { SortValue } from '../odata/skiptoken';

export interface SiteRecord {
  /** Graph's composite id "hostname,siteCollectionId,webId". */
  id: string;
  hostname: string;
  /** Server-relative path, e.g. "/sites/team-delinde". */
  path: string;
  name: string;
  displayName: string;
  description: string;
  isRoot: boolean;
  created: string;
}

export interface ListRecord {
  id: string;
  siteId: string;
  /** URL name, derived from the display name at creation. */
  name: string;
  displayName: string;
  description: string;
  template: string;
  hidden: boolean;
  created: string;
  modified: string;
  /** UPN of the creator. */
  createdBy: string;
}

export interface ItemRecord {
  listId: string;
  id: number;
  /** SharePoint's UniqueId; with the version it forms the eTag. */
  uniqueId: string;
  version: number;
  created: string;
  modified: string;
  /** Lookup ids (in the site's User Information List) of creator and last editor. */
  author: number;
  editor: number;
  values: Record<string, StoredValue>;
}

export interface SqlFragment {
  sql: string;
  params: SortValue[];
}

/** A page query over one list's items, composed by itemSql.ts. */
export interface ItemQuery {
  where: SqlFragment[];
  /** ORDER BY terms, e.g. "json_extract(data, '$.Due') COLLATE NOCASE DESC". */
  orderBy: string[];
  /** Expressions whose values on the last row continue the page in a skiptoken. */
  sortExpressions: string[];
  limit: number;
}

export interface Store {
  transaction<T>(fn: () => T): T;
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;

  sites(): SiteRecord[];
  siteById(id: string): SiteRecord | undefined;
  createSite(site: SiteRecord): void;

  listsOf(siteId: string): ListRecord[];
  /** By id, or by display name (case-insensitive, as SharePoint titles are). */
  findList(siteId: string, idOrDisplayName: string): ListRecord | undefined;
  createList(list: ListRecord, columns: ColumnRecord[]): void;
  touchList(listId: string, modified: string): void;

  columnsOf(listId: string): ColumnRecord[];
  addColumn(listId: string, column: ColumnRecord): void;
  replaceColumn(listId: string, column: ColumnRecord): void;

  item(listId: string, id: number): ItemRecord | undefined;
  /** Inserts with the next id of the list (ids are never reused) and returns the record. */
  insertItem(item: Omit<ItemRecord, 'id'>): ItemRecord;
  updateItem(item: ItemRecord): void;
  deleteItem(listId: string, id: number): void;
  countItems(listId: string, where?: SqlFragment[]): number;
  queryItems(listId: string, query: ItemQuery): { items: ItemRecord[]; sortValues: SortValue[][] };

  /** Teams, channels and channel messages (./teams.ts), in the same database and transactions. */
  readonly teams: TeamsStore;

  /** Calendar events and sent mail of each user (./mailbox.ts), in the same database and transactions. */
  readonly mailbox: MailboxStore;

  close(): void;
}

interface ItemRow {
  list_id: string;
  id: number;
  unique_id: string;
  version: number;
  created: string;
  modified: string;
  author: number;
  editor: number;
  data: string;
}

interface ListRow {
  id: string;
  site_id: string;
  name: string;
  display_name: string;
  description: string;
  template: string;
  hidden: number;
  created: string;
  modified: string;
  created_by: string;
}

interface SiteRow {
  id: string;
  hostname: string;
  path: string;
  name: string;
  display_name: string;
  description: string;
  is_root: number;
  created: string;
}

const toSite = (r: SiteRow): SiteRecord => ({
  id: r.id,
  hostname: r.hostname,
  path: r.path,
  name: r.name,
  displayName: r.display_name,
  description: r.description,
  isRoot: r.is_root === 1,
  created: r.created,
});

const toList = (r: ListRow): ListRecord => ({
  id: r.id,
  siteId: r.site_id,
  name: r.name,
  displayName: r.display_name,
  description: r.description,
  template: r.template,
  hidden: r.hidden === 1,
  created: r.created,
  modified: r.modified,
  createdBy: r.created_by,
});

const toItem = (r: ItemRow): ItemRecord => ({
  listId: r.list_id,
  id: r.id,
  uniqueId: r.unique_id,
  version: r.version,
  created: r.created,
  modified: r.modified,
  author: r.author,
  editor: r.editor,
  values: JSON.parse(r.data) as Record<string, StoredValue>,
});

const ITEM_COLUMNS = 'list_id, id, unique_id, version, created, modified, author, editor, data';

/** The SQL expression an indexed column is filtered and sorted by; the index is built on the same. */
export function indexedExpression(column: ColumnRecord): string {
  return column.storage === 'data' ? `${sqlExpression(column)} COLLATE NOCASE` : sqlExpression(column);
}

function indexName(listId: string, column: ColumnRecord): string {
  return `ix_${listId.replace(/-/g, '')}_${column.name.toLowerCase()}`;
}

function whereClause(where: SqlFragment[] | undefined): { sql: string; params: SortValue[] } {
  const parts = where ?? [];
  return {
    sql: parts.map((f) => ` AND (${f.sql})`).join(''),
    params: parts.flatMap((f) => f.params),
  };
}

export function openStore(path: string): Store {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // WAL with synchronous=NORMAL stays durable across process crashes; only power loss can lose
  // the last commits, which is fine for a local development server.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schemaVersion', String(SCHEMA_VERSION));

  const stmt = {
    getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    sites: db.prepare<[], SiteRow>('SELECT * FROM sites ORDER BY is_root DESC, created'),
    siteById: db.prepare<[string], SiteRow>('SELECT * FROM sites WHERE id = ? COLLATE NOCASE'),
    insertSite: db.prepare(
      'INSERT INTO sites (id, hostname, path, name, display_name, description, is_root, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    lists: db.prepare<[string], ListRow>('SELECT * FROM lists WHERE site_id = ? ORDER BY created, display_name'),
    listById: db.prepare<[string, string], ListRow>('SELECT * FROM lists WHERE site_id = ? AND id = ? COLLATE NOCASE'),
    listByName: db.prepare<[string, string], ListRow>('SELECT * FROM lists WHERE site_id = ? AND display_name = ?'),
    insertList: db.prepare(
      'INSERT INTO lists (id, site_id, name, display_name, description, template, hidden, created, modified, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    touchList: db.prepare('UPDATE lists SET modified = ? WHERE id = ?'),
    nextItemId: db.prepare<[string], { next_item_id: number }>(
      'UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS next_item_id',
    ),
    columns: db.prepare<[string], { definition: string }>('SELECT definition FROM columns WHERE list_id = ? ORDER BY position'),
    insertColumn: db.prepare(
      'INSERT INTO columns (list_id, name, position, definition) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM columns WHERE list_id = ?), ?)',
    ),
    updateColumn: db.prepare('UPDATE columns SET definition = ? WHERE list_id = ? AND name = ?'),
    item: db.prepare<[string, number], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM items WHERE list_id = ? AND id = ?`),
    insertItem: db.prepare(
      'INSERT INTO items (list_id, id, unique_id, version, created, modified, author, editor, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    updateItem: db.prepare(
      'UPDATE items SET version = ?, modified = ?, editor = ?, data = ? WHERE list_id = ? AND id = ?',
    ),
    deleteItem: db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?'),
  };

  const teams = openTeamsStore(db);
  const mailbox = openMailboxStore(db);

  function syncIndex(listId: string, column: ColumnRecord): void {
    if (column.storage !== 'data') return;
    const name = indexName(listId, column);
    if (column.indexed) {
      db.exec(`CREATE INDEX IF NOT EXISTS "${name}" ON items (list_id, ${indexedExpression(column)}, id)`);
    } else {
      db.exec(`DROP INDEX IF EXISTS "${name}"`);
    }
  }

  function addColumn(listId: string, column: ColumnRecord): void {
    stmt.insertColumn.run(listId, column.name, listId, JSON.stringify(column));
    syncIndex(listId, column);
  }

  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    getMeta: (key) => stmt.getMeta.get(key)?.value,
    setMeta: (key, value) => void stmt.setMeta.run(key, value),

    sites: () => stmt.sites.all().map(toSite),
    siteById: (id) => {
      const row = stmt.siteById.get(id);
      return row ? toSite(row) : undefined;
    },
    createSite: (s) =>
      void stmt.insertSite.run(s.id, s.hostname, s.path, s.name, s.displayName, s.description, s.isRoot ? 1 : 0, s.created),

    listsOf: (siteId) => stmt.lists.all(siteId).map(toList),
    findList: (siteId, ref) => {
      const row = stmt.listById.get(siteId, ref) ?? stmt.listByName.get(siteId, ref);
      return row ? toList(row) : undefined;
    },
    createList: (l, columns) => {
      stmt.insertList.run(l.id, l.siteId, l.name, l.displayName, l.description, l.template, l.hidden ? 1 : 0, l.created, l.modified, l.createdBy);
      for (const column of columns) addColumn(l.id, column);
    },
    touchList: (listId, modified) => void stmt.touchList.run(modified, listId),

    columnsOf: (listId) => stmt.columns.all(listId).map((r) => JSON.parse(r.definition) as ColumnRecord),
    addColumn,
    replaceColumn: (listId, column) => {
      stmt.updateColumn.run(JSON.stringify(column), listId, column.name);
      syncIndex(listId, column);
    },

    item: (listId, id) => {
      const row = stmt.item.get(listId, id);
      return row ? toItem(row) : undefined;
    },
    insertItem: (item) => {
      const next = stmt.nextItemId.get(item.listId);
      if (!next) throw new Error(`list ${item.listId} does not exist`);
      const record: ItemRecord = { ...item, id: next.next_item_id };
      stmt.insertItem.run(
        record.listId, record.id, record.uniqueId, record.version, record.created, record.modified,
        record.author, record.editor, JSON.stringify(record.values),
      );
      return record;
    },
    updateItem: (item) =>
      void stmt.updateItem.run(item.version, item.modified, item.editor, JSON.stringify(item.values), item.listId, item.id),
    deleteItem: (listId, id) => void stmt.deleteItem.run(listId, id),
    countItems: (listId, where) => {
      const clause = whereClause(where);
      const row = db
        .prepare<SortValue[], { n: number }>(`SELECT COUNT(*) AS n FROM items WHERE list_id = ?${clause.sql}`)
        .get(listId, ...clause.params);
      return row?.n ?? 0;
    },
    queryItems: (listId, query) => {
      const clause = whereClause(query.where);
      const sortColumns = query.sortExpressions.map((e, i) => `, ${e} AS s${i}`).join('');
      const sql =
        `SELECT ${ITEM_COLUMNS}${sortColumns} FROM items WHERE list_id = ?${clause.sql}` +
        ` ORDER BY ${query.orderBy.join(', ')} LIMIT ?`;
      const rows = db.prepare<SortValue[], ItemRow & Record<string, SortValue>>(sql).all(listId, ...clause.params, query.limit);
      return {
        items: rows.map(toItem),
        sortValues: rows.map((r) => query.sortExpressions.map((_, i) => r[`s${i}`] ?? null)),
      };
    },

    teams,
    mailbox,

    close: () => db.close(),
  };
}
