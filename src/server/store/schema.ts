/**
 * The SQLite schema. Lists, columns and items mirror SharePoint's model; an item's field values
 * are one JSON object, and every indexed column gets an expression index on that JSON (see
 * store.ts), so filters on indexed columns stay fast on large lists.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY,
  hostname TEXT NOT NULL,
  path TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  is_root INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  UNIQUE (hostname, path)
);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  template TEXT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by TEXT NOT NULL,
  next_item_id INTEGER NOT NULL DEFAULT 1,
  UNIQUE (site_id, display_name)
);
CREATE TABLE IF NOT EXISTS columns (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  name TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (list_id, name)
);
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  unique_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author INTEGER NOT NULL,
  editor INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE INDEX IF NOT EXISTS ix_items_created ON items (list_id, created, id);
CREATE INDEX IF NOT EXISTS ix_items_modified ON items (list_id, modified, id);
`;
