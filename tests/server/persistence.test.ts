/** Data and tokens survive a restart on the same database file; the store runs in WAL mode. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type RunningServer, startGraphServer } from '../../src/server';
import { GraphClient, IB, createList } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'driehoek-persist-'));
const dbPath = join(dir, 'graph.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a restart on the same database', () => {
  let first: RunningServer;
  let token: string;
  let siteId: string;
  let listId: string;
  let etag: string;

  beforeAll(async () => {
    first = await startGraphServer({ port: 0, dbPath });
    token = first.tokenFor(IB);
    const client = new GraphClient(first.graphUrl, token);
    siteId = (await client.get('/sites/root')).body.id;
    listId = await createList(client, 'Timeline', [{ name: 'Score', number: {}, indexed: true }]);
    const item = await client.post(`/sites/root/lists/${listId}/items`, { fields: { Title: 'Droom beschrijven', Score: 4 } });
    await client.patch(`/sites/root/lists/${listId}/items/${item.body.id}/fields`, { Score: 5 });
    etag = (await client.get(`/sites/root/lists/${listId}/items/${item.body.id}`)).body['@odata.etag'];
    await first.close();
  });

  it('keeps the site, lists, items, versions and indexes, and accepts tokens issued before', async () => {
    const second = await startGraphServer({ port: 0, dbPath });
    try {
      const client = new GraphClient(second.graphUrl, token);
      expect((await client.get('/sites/root')).body.id).toBe(siteId);
      const items = await client.get(`/sites/root/lists/Timeline/items?expand=fields&$filter=fields/Score eq 5`);
      expect(items.status).toBe(200);
      expect(items.body.value).toHaveLength(1);
      expect(items.body.value[0]['@odata.etag']).toBe(etag);
      expect(items.body.value[0].fields).toMatchObject({ Title: 'Droom beschrijven', Score: 5, _UIVersionString: '2.0' });
      const next = await client.post(`/sites/root/lists/${listId}/items`, { fields: { Title: 'Doelen stellen' } });
      expect(next.body.id).toBe('2');
    } finally {
      await second.close();
    }
  });

  it('uses SQLite in WAL mode with foreign keys', () => {
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['sites', 'lists', 'columns', 'items']));
    } finally {
      db.close();
    }
  });
});
