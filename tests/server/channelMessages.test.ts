/**
 * Teams and channel messages: the demo school's team behind its site, its General channel,
 * sending a chatMessage (201, Graph's shape, body stored as given), listing newest first with
 * Graph's paging ($top ≤ 50, @odata.nextLink), 400 for a bad body, 403 for non-members (the
 * guest parent), and messages surviving a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SCHOOL, DEMO_STAFF } from '../../src/demo/people';
import { startGraphServer } from '../../src/server';
import { GUEST, IB, TEACHER, GraphClient, type Json, type TestServer, expectGraphError, startTestServer } from './helpers';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CHANNEL_ID = /^19:[0-9a-f]{32}@thread\.tacv2$/;
const MS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let server: TestServer;
let ib: GraphClient;
let teacher: GraphClient;
let guest: GraphClient;
let teamId: string;
let channelId: string;
let messages: string;

beforeAll(async () => {
  server = await startTestServer();
  ib = server.as(IB);
  teacher = server.as(TEACHER);
  guest = server.as(GUEST);
  const joined = await teacher.get('/me/joinedTeams');
  teamId = joined.body.value[0].id;
  channelId = (await teacher.get(`/teams/${teamId}/primaryChannel`)).body.id;
  messages = `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages`;
});
afterAll(() => server.stop());

describe('the team of the demo school', () => {
  it('is among the joined teams of every staff member, with only the basic properties filled', async () => {
    for (const upn of [IB, TEACHER]) {
      const answer = await server.as(upn).get('/me/joinedTeams');
      expect(answer.status).toBe(200);
      expect(answer.body['@odata.context']).toMatch(/\/graph\/v1\.0\/\$metadata#teams$/);
      expect(answer.body.value).toHaveLength(1);
      const [team] = answer.body.value;
      expect(team).toMatchObject({
        id: expect.stringMatching(GUID),
        displayName: DEMO_SCHOOL.siteDisplayName,
        isArchived: false,
        tenantId: expect.stringMatching(GUID),
        webUrl: null,
        createdDateTime: null,
        memberSettings: null,
      });
    }
  });

  it('is not among the guest’s teams, and the guest may not read it', async () => {
    const joined = await guest.get('/me/joinedTeams');
    expect(joined.status).toBe(200);
    expect(joined.body.value).toEqual([]);
    expectGraphError(await guest.get(`/teams/${teamId}`), 403, 'Forbidden');
    expectGraphError(await guest.get(`/teams/${teamId}/primaryChannel`), 403, 'Forbidden');
    expectGraphError(await guest.get(`/teams/${teamId}/channels`), 403, 'Forbidden');
    expectGraphError(await guest.get(`/groups/${teamId}/sites/root`), 403, 'accessDenied');
  });

  it('needs a valid token', async () => {
    expectGraphError(await server.anonymous().get('/me/joinedTeams'), 401, 'InvalidAuthenticationToken');
    expectGraphError(await server.anonymous().get(messages), 401, 'InvalidAuthenticationToken');
  });

  it('answers GET /teams/{id} with the team', async () => {
    const answer = await teacher.get(`/teams/${teamId}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: teamId,
      displayName: DEMO_SCHOOL.siteDisplayName,
      isArchived: false,
      createdDateTime: expect.stringMatching(/Z$/),
      webUrl: expect.stringContaining(`groupId=${teamId}`),
      messagingSettings: expect.objectContaining({ allowUserEditMessages: true }),
    });
    const unknown = await teacher.get('/teams/00000000-0000-0000-0000-000000000000');
    expectGraphError(unknown, 404, 'NotFound');
  });

  it('has a General channel as its primary channel, also listed among its channels', async () => {
    const primary = await teacher.get(`/teams/${teamId}/primaryChannel`);
    expect(primary.status).toBe(200);
    expect(primary.body).toMatchObject({
      id: expect.stringMatching(CHANNEL_ID),
      displayName: 'General',
      membershipType: 'standard',
      tenantId: expect.stringMatching(GUID),
      webUrl: expect.stringContaining(`groupId=${teamId}`),
    });
    const channels = await teacher.get(`/teams/${teamId}/channels`);
    expect(channels.body.value.map((c: Json) => c.id)).toEqual([channelId]);
    const filtered = await teacher.get(`/teams/${teamId}/channels?$filter=${encodeURIComponent("displayName eq 'General'")}`);
    expect(filtered.body.value).toHaveLength(1);
    const one = await teacher.get(`/teams/${teamId}/channels/${encodeURIComponent(channelId)}`);
    expect(one.body.displayName).toBe('General');
    // Graph takes the channel id unencoded in the path as well.
    expect((await teacher.get(`/teams/${teamId}/channels/${channelId}`)).status).toBe(200);
    expectGraphError(await teacher.get(`/teams/${teamId}/channels/19:nope@thread.tacv2`), 404, 'NotFound');
  });

  it('is the group whose root site is the school’s site', async () => {
    const site = await teacher.get('/sites/root');
    const root = await teacher.get(`/groups/${teamId}/sites/root`);
    expect(root.status).toBe(200);
    expect(root.body.id).toBe(site.body.id);
    expect(root.body.webUrl).toBe(`https://${DEMO_SCHOOL.siteHostname}${DEMO_SCHOOL.sitePath}`);
  });

  it('keeps the same ids on another fresh database', async () => {
    const other = await startTestServer();
    try {
      const team = (await other.as(TEACHER).get('/me/joinedTeams')).body.value[0];
      expect(team.id).toBe(teamId);
      expect((await other.as(TEACHER).get(`/teams/${team.id}/primaryChannel`)).body.id).toBe(channelId);
    } finally {
      await other.stop();
    }
  });
});

describe('sending a chatMessage', () => {
  const html = '<h2>Beloftes</h2><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <script>alert(2)</script></p>';
  let sent: Json;

  beforeAll(async () => {
    sent = await teacher.post(messages, { subject: 'Overzicht van de week', body: { contentType: 'html', content: html } });
  });

  it('answers 201 with the chatMessage in Graph’s shape', () => {
    expect(sent.status).toBe(201);
    const teacherUser = DEMO_STAFF.find((s) => s.upn === TEACHER)!;
    expect(sent.body).toMatchObject({
      '@odata.context': expect.stringContaining(`$metadata#teams('${teamId}')/channels('${encodeURIComponent(channelId)}')/messages/$entity`),
      id: expect.stringMatching(/^\d{13}$/),
      replyToId: null,
      messageType: 'message',
      createdDateTime: expect.stringMatching(MS_TIME),
      subject: 'Overzicht van de week',
      importance: 'normal',
      from: { user: { id: expect.stringMatching(GUID), displayName: teacherUser.displayName, userIdentityType: 'aadUser' } },
      channelIdentity: { teamId, channelId },
      attachments: [],
      mentions: [],
    });
    expect(sent.body.etag).toBe(sent.body.id);
    expect(sent.body.lastModifiedDateTime).toBe(sent.body.createdDateTime);
    expect(Date.parse(sent.body.createdDateTime)).toBe(Number(sent.body.id));
    expect(sent.body.webUrl).toBe(
      `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${sent.body.id}` +
        `?groupId=${teamId}&tenantId=${sent.body.from.user.tenantId}&createdTime=${sent.body.id}&parentMessageId=${sent.body.id}`,
    );
  });

  it('stores the HTML exactly as given: nothing escaped, nothing removed', async () => {
    expect(sent.body.body).toEqual({ contentType: 'html', content: html });
    const read = await ib.get(`${messages}/${sent.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.body).toEqual({ contentType: 'html', content: html });
    expect(read.body.from.user.displayName).toBe(sent.body.from.user.displayName);
  });

  it('defaults to text and leaves the subject null when none is given', async () => {
    const plain = await teacher.post(messages, { body: { content: 'Hallo team' } });
    expect(plain.status).toBe(201);
    expect(plain.body.body).toEqual({ contentType: 'text', content: 'Hallo team' });
    expect(plain.body.subject).toBeNull();
    expect(Number(plain.body.id)).toBeGreaterThan(Number(sent.body.id));
  });

  it('refuses a message without content, or with another content type, with Graph’s 400', async () => {
    expectGraphError(await teacher.post(messages, {}), 400, 'BadRequest');
    expectGraphError(await teacher.post(messages, { body: {} }), 400, 'BadRequest');
    expectGraphError(await teacher.post(messages, { body: { content: '   ' } }), 400, 'BadRequest');
    expectGraphError(await teacher.post(messages, { body: { content: 42 } }), 400, 'BadRequest');
    expectGraphError(await teacher.post(messages, { body: { contentType: 'markdown', content: '*hoi*' } }), 400, 'BadRequest');
    expectGraphError(await teacher.post(messages, { subject: 7, body: { content: 'hoi' } }), 400, 'BadRequest');
    expectGraphError(await teacher.request('POST', messages, { body: [] }), 400, 'BadRequest');
  });

  it('refuses the guest with 403 and stores nothing', async () => {
    const before = (await teacher.get(`${messages}?$top=50`)).body.value.length;
    expectGraphError(await guest.post(messages, { body: { content: 'Hallo' } }), 403, 'Forbidden');
    expectGraphError(await guest.get(messages), 403, 'Forbidden');
    expectGraphError(await guest.get(`${messages}/${sent.body.id}`), 403, 'Forbidden');
    expect((await teacher.get(`${messages}?$top=50`)).body.value.length).toBe(before);
  });

  it('answers 404 for a channel or message that does not exist', async () => {
    expectGraphError(await teacher.post(`/teams/${teamId}/channels/19:nope@thread.tacv2/messages`, { body: { content: 'x' } }), 404, 'NotFound');
    expectGraphError(await teacher.get(`${messages}/1`), 404, 'NotFound');
    expectGraphError(await teacher.get(`${messages}/abc`), 404, 'NotFound');
  });

  it('works inside a $batch too', async () => {
    const answer = await teacher.post('/$batch', {
      requests: [
        { id: '1', method: 'POST', url: messages, headers: { 'Content-Type': 'application/json' }, body: { body: { content: 'uit een batch' } } },
        { id: '2', method: 'GET', url: `/groups/${teamId}/sites/root?$select=id` },
      ],
    });
    expect(answer.status).toBe(200);
    const byId = new Map(answer.body.responses.map((r: Json) => [r.id, r]));
    expect((byId.get('1') as Json).status).toBe(201);
    expect((byId.get('1') as Json).body.body.content).toBe('uit een batch');
    expect((byId.get('2') as Json).status).toBe(200);
  });
});

describe('listing a channel’s messages', () => {
  let all: string[];

  beforeAll(async () => {
    for (let i = 0; i < 57; i += 1) {
      const answer = await ib.post(messages, { body: { content: `bericht ${i}` } });
      if (answer.status !== 201) throw new Error(`posting answered ${answer.status}`);
    }
    all = [];
    let next: string | undefined = `${messages}?$top=50`;
    while (next) {
      const page: Json = await teacher.get(next);
      expect(page.status).toBe(200);
      all.push(...page.body.value.map((m: Json) => m.id as string));
      next = page.body['@odata.nextLink'];
    }
  });

  it('gives every message once, newest first, across pages', async () => {
    expect(all.length).toBeGreaterThanOrEqual(57);
    expect(new Set(all).size).toBe(all.length);
    const numbers = all.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const newest = await teacher.get(`${messages}?$top=1`);
    expect(newest.body.value[0].body.content).toBe('bericht 56');
  });

  it('serves 20 per page by default and at most 50, with an absolute nextLink', async () => {
    const first = await teacher.get(messages);
    expect(first.body.value).toHaveLength(20);
    expect(first.body['@odata.count']).toBe(20);
    expect(first.body['@odata.context']).toContain(`/messages`);
    const next = first.body['@odata.nextLink'] as string;
    expect(next).toMatch(new RegExp(`^${server.graphUrl.replace(/[.]/g, '\\.')}/teams/`));
    expect(next).toContain('$skiptoken=');
    const second = await teacher.get(next);
    expect(second.body.value.map((m: Json) => m.id)).toEqual(all.slice(20, 40));
    const fifty = await teacher.get(`${messages}?$top=50`);
    expect(fifty.body.value).toHaveLength(50);
    expect(fifty.body['@odata.nextLink']).toBeDefined();
  });

  it('refuses $top over 50, a bad $top, $skip and a forged $skiptoken', async () => {
    expect(expectGraphError(await teacher.get(`${messages}?$top=51`), 400, 'BadRequest').message).toBe(
      "Limit of '50' for Top Query has been exceeded.",
    );
    expectGraphError(await teacher.get(`${messages}?$top=0`), 400, 'BadRequest');
    expectGraphError(await teacher.get(`${messages}?$top=abc`), 400, 'BadRequest');
    expectGraphError(await teacher.get(`${messages}?$skip=20`), 400, 'BadRequest');
    expectGraphError(await teacher.get(`${messages}?$skiptoken=nonsense`), 400, 'invalidRequest');
  });
});

describe('a restart on the same database', () => {
  it('keeps the team, its channel and its messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driehoek-teams-'));
    const dbPath = join(dir, 'graph.sqlite');
    try {
      const first = await startGraphServer({ port: 0, dbPath });
      const token = first.tokenFor(TEACHER);
      let client = new GraphClient(first.graphUrl, token);
      const team = (await client.get('/me/joinedTeams')).body.value[0].id;
      const channel = (await client.get(`/teams/${team}/primaryChannel`)).body.id;
      const path = `/teams/${team}/channels/${encodeURIComponent(channel)}/messages`;
      const posted = await client.post(path, { body: { contentType: 'html', content: '<p>blijft</p>' } });
      await first.close();

      const second = await startGraphServer({ port: 0, dbPath });
      try {
        client = new GraphClient(second.graphUrl, token);
        expect((await client.get('/me/joinedTeams')).body.value.map((t: Json) => t.id)).toEqual([team]);
        const listed = await client.get(path);
        expect(listed.body.value).toHaveLength(1);
        expect(listed.body.value[0]).toMatchObject({ id: posted.body.id, body: { contentType: 'html', content: '<p>blijft</p>' } });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
