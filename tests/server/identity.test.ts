/** Local identity, tokens, 401 for missing/invalid/expired tokens, 403 for a guest. */
import { DEMO_STAFF } from '../../src/demo/people';
import { GUEST, IB, TEACHER, type TestServer, expectGraphError, local, startTestServer } from './helpers';

let now = new Date('2026-09-01T08:00:00Z');
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.stop());

describe('local identity', () => {
  it('lists the staff and the guest for the identity picker', async () => {
    const answer = await local(server, 'GET', '/local/identities');
    expect(answer.status).toBe(200);
    expect(answer.body.value).toHaveLength(DEMO_STAFF.length + 1);
    expect(answer.body.value).toContainEqual({ upn: IB, displayName: 'Ingrid Bakker', role: 'ib' });
    expect(answer.body.value).toContainEqual({ upn: GUEST, displayName: expect.any(String), role: 'guest' });
  });

  it('issues a bearer token that Graph accepts', async () => {
    const answer = await local(server, 'POST', '/local/token', { user: TEACHER });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    const me = await fetch(`${server.graphUrl}/me`, { headers: { Authorization: `Bearer ${answer.body.access_token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ userPrincipalName: TEACHER, mail: TEACHER, displayName: 'Sanne Jansen', id: expect.any(String) });
  });

  it('refuses a token for someone it does not know', async () => {
    expect((await local(server, 'POST', '/local/token', { user: 'nobody@delinde.example' })).status).toBe(400);
    expect((await local(server, 'POST', '/local/token', {})).status).toBe(400);
  });
});

describe('authentication', () => {
  it('answers 401 InvalidAuthenticationToken without a token', async () => {
    const answer = await server.anonymous().get('/sites/root');
    expect(expectGraphError(answer, 401, 'InvalidAuthenticationToken').message).toBe('Access token is empty.');
  });

  it('answers 401 for a malformed or forged token', async () => {
    const bad = await fetch(`${server.graphUrl}/me`, { headers: { Authorization: 'Bearer not.a.token' } });
    expect(bad.status).toBe(401);
    const other = await startTestServer();
    try {
      const foreign = await fetch(`${server.graphUrl}/me`, { headers: { Authorization: `Bearer ${other.tokenFor(IB)}` } });
      expect(foreign.status).toBe(401);
      expect((await foreign.json()).error.code).toBe('InvalidAuthenticationToken');
    } finally {
      await other.stop();
    }
  });

  it('answers 401 once the token has expired', async () => {
    const client = server.as(IB);
    expect((await client.get('/me')).status).toBe(200);
    now = new Date(now.getTime() + 3600 * 1000);
    try {
      const answer = await client.get('/me');
      expect(expectGraphError(answer, 401, 'InvalidAuthenticationToken').message).toMatch(/expired/);
    } finally {
      now = new Date(now.getTime() - 3600 * 1000);
    }
  });

  it('adds request-id and echoes client-request-id like Graph', async () => {
    const answer = await server.as(IB).get('/me', { 'client-request-id': 'abc-123' });
    expect(answer.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('client-request-id')).toBe('abc-123');
    const failed = await server.anonymous().get('/me', { 'client-request-id': 'def-456' });
    expect(failed.body.error.innerError['client-request-id']).toBe('def-456');
  });
});

describe('a guest (valid user, not a member of the site)', () => {
  it('reads their own profile', async () => {
    const me = await server.as(GUEST).get('/me');
    expect(me.status).toBe(200);
    expect(me.body.userPrincipalName).toBe(GUEST);
  });

  it.each([
    ['GET', '/sites/root'],
    ['GET', '/sites/root/lists'],
    ['GET', '/sites/root/lists/User Information List/items'],
    ['POST', '/sites/root/lists'],
  ])('gets 403 accessDenied on %s %s', async (method, path) => {
    const answer = await server.as(GUEST).request(method, path, method === 'POST' ? { body: { displayName: 'Mine' } } : {});
    expectGraphError(answer, 403, 'accessDenied');
  });

  it('gets 403 on the site by id and by path too', async () => {
    const site = (await server.as(IB).get('/sites/root')).body;
    expectGraphError(await server.as(GUEST).get(`/sites/${site.id}`), 403, 'accessDenied');
    expectGraphError(await server.as(GUEST).get('/sites/delinde.sharepoint.example:/sites/team-delinde'), 403, 'accessDenied');
  });
});
