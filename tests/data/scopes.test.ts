/**
 * Every calendar and mail call asks for its own scopes, through the real services against the
 * local server. The local server accepts any token, so this test stands in for Entra: the token
 * provider hands out one token per scope set, and fetch (wrapped here) notes which scopes each
 * request — and each request inside a $batch — went out with before it swaps in the server's
 * real token. A call that forgets its scopes goes out on the default token (the profile and
 * the lists), which in a tenant has no Calendars.ReadWrite, Mail.Send or Mail.ReadBasic.
 */
import { graphScopes, type GraphCapability } from '../../src/auth/naa';
import { createDataLayer, type DataLayer } from '../../src/data';
import { DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { aTalk } from '../../src/domain/talks/fixtures';
import { agendaFromTemplate } from '../../src/domain/talks/templates';
import { talksNl } from '../../src/ui/i18n/talks.nl';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(90_000);

const SANNE = DEMO_STAFF[3]!.upn;
const LOTTE = DEMO_STAFF[4]!.upn;
const DAAN = DEMO_STAFF[5]!.upn;
const AHMED = DEMO_STAFF[6]!.upn;
const messages = talksNl;

/**
 * What each kind of request needs, after Graph's permission reference (least privileged
 * delegated permission), named by the app's capabilities; any one listed capability will do.
 * The first rule that matches a request (method and path) applies.
 */
const NEEDS: readonly { method?: string; pattern: RegExp; capabilities: GraphCapability[] }[] = [
  { pattern: /^\/me(\?|$)/, capabilities: ['profile'] },
  { pattern: /^\/me\/(events|calendarView|calendar\/)/, capabilities: ['calendar'] },
  { pattern: /^\/me\/sendMail$/, capabilities: ['sendMail'] },
  { pattern: /^\/me\/mailFolders\/sentitems\/messages/, capabilities: ['readSentMail'] },
  { pattern: /^\/me\/joinedTeams/, capabilities: ['findTeam'] },
  { pattern: /^\/teams\/[^/]+\/members/, capabilities: ['readTeamMembers'] },
  { pattern: /^\/teams\/[^/]+\/primaryChannel/, capabilities: ['findChannel'] },
  { method: 'POST', pattern: /^\/teams\/[^/]+\/channels$/, capabilities: ['createChannel'] },
  { method: 'GET', pattern: /^\/teams\/[^/]+\/channels(\?|$)/, capabilities: ['findChannel'] },
  { pattern: /^\/teams\/[^/]+\/channels\/[^/]+\/members/, capabilities: ['manageChannelMembers'] },
  { method: 'POST', pattern: /^\/teams\/[^/]+\/channels\/[^/]+\/messages/, capabilities: ['postToChannel'] },
  // A channel's files folder (where its site is) and a group's site: Sites.Read(Write).All will do.
  { pattern: /^\/teams\/[^/]+\/channels\/[^/]+\/filesFolder/, capabilities: ['lists'] },
  { pattern: /^\/(groups\/[^/]+\/)?sites\//, capabilities: ['lists', 'provisionLists'] },
];

interface Sent {
  method: string;
  /** Relative to the version root, query included. */
  path: string;
  scopes: readonly string[];
}

let t: TestServer;
const sent: Sent[] = [];
const realFetch = globalThis.fetch;
/** The scope sets handed out, by their stand-in token. */
const issued = new Map<string, { upn: string; scopes: readonly string[] }>();

function layerFor(upn: string): DataLayer {
  return createDataLayer({
    graphBaseUrl: t.graphBaseUrl,
    tokenProvider: {
      getToken: async (scopes) => {
        const token = `scoped-${issued.size}`;
        issued.set(token, { upn, scopes: [...scopes] });
        return token;
      },
    },
    site: { kind: 'root' },
  });
}

/** Notes the scopes of every Graph request (and every $batch part), then sends it with a real token. */
function recordingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const headers = new Headers(init?.headers);
  const token = /^Bearer (scoped-\d+)$/.exec(headers.get('Authorization') ?? '')?.[1];
  const grant = token ? issued.get(token) : undefined;
  if (!grant) return realFetch(input, init);
  const path = url.pathname.replace(/^\/graph\/v1\.0/, '') + url.search;
  const method = (init?.method ?? 'GET').toUpperCase();
  if (path === '/$batch') {
    const body = JSON.parse(String(init?.body)) as { requests: { method: string; url: string }[] };
    for (const part of body.requests) sent.push({ method: part.method, path: part.url, scopes: grant.scopes });
  } else sent.push({ method, path, scopes: grant.scopes });
  headers.set('Authorization', `Bearer ${t.server.tokenFor(grant.upn)}`);
  return realFetch(input, { ...init, headers });
}

/** Fully qualified scopes, however the data layer named them. */
const qualified = (scopes: readonly string[]) =>
  scopes.map((s) => (s.startsWith('https://') ? s : `https://graph.microsoft.com/${s}`).toLowerCase());

/** The requests whose token lacks what they need, as readable lines. */
function unscoped(requests: readonly Sent[]): string[] {
  const missing: string[] = [];
  for (const request of requests) {
    const need = NEEDS.find((n) => (n.method ?? request.method) === request.method && n.pattern.test(request.path));
    if (!need) continue;
    const have = qualified(request.scopes);
    const ok = need.capabilities.some((c) => graphScopes(c).every((scope) => have.includes(scope.toLowerCase())));
    const wanted = need.capabilities.join(' or ');
    if (!ok) missing.push(`${request.method} ${request.path.split('?')[0]} needs ${wanted}, had [${request.scopes.join(', ')}]`);
  }
  return missing;
}

beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({ graphBaseUrl: t.graphBaseUrl, getToken: async () => t.server.tokenFor(DEMO_PROVISIONER), today: new Date(2026, 10, 23, 12) });
  globalThis.fetch = recordingFetch as typeof fetch;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await t.close();
});
beforeEach(() => {
  sent.length = 0;
});

describe('parent talks', () => {
  const sanne = () => layerFor(SANNE);

  it('plan, clashes, reschedule and cancel carry the calendar scopes (and the lists beside them in one $batch)', async () => {
    const value = aTalk({
      id: 'scopes-talk-1',
      type: 'zorgteam',
      durationMinutes: 45,
      withPreTalk: true,
      pupil: { id: 'scopes-pupil-1', firstName: 'Mila', group: 5 },
      parents: [{ name: 'Ouder van Mila', email: 'ouder.mila@example.nl', household: 1 }],
      staff: [{ name: 'Sanne', email: SANNE, role: 'leerkracht' }],
      start: '2027-02-08T13:00:00.000Z',
      agenda: agendaFromTemplate('zorgteam', true),
      status: 'draft',
    });
    const stored = (await sanne().api.talks.plan(value, { messages })).planned!;
    await sanne().api.talks.clashes(value);
    const moved = await sanne().api.talks.reschedule(stored, { start: '2027-02-09T13:00:00.000Z', durationMinutes: 45 }, { messages });
    const cancelled = await sanne().api.talks.cancel(moved.planned!);
    expect(cancelled.value.talk.status).toBe('cancelled');

    expect(unscoped(sent)).toEqual([]);
    const calendar = sent.filter((r) => /^\/me\/(events|calendarView)/.test(r.path));
    expect(new Set(calendar.map((r) => r.method))).toEqual(new Set(['GET', 'POST', 'PATCH', 'DELETE']));
  });

  it('the summary mail carries Mail.Send; a retry after a lost answer reads Sent Items with Mail.ReadBasic', async () => {
    let current = await layerFor(SANNE).api.talks.plan(
      aTalk({
        id: 'scopes-talk-2',
        pupil: { id: 'scopes-pupil-2', firstName: 'Finn', group: 6 },
        parents: [{ name: 'Ouder van Finn', email: 'ouder.finn@example.nl', household: 1 }],
        staff: [{ name: 'Sanne', email: SANNE, role: 'leerkracht' }],
        start: '2027-02-10T13:00:00.000Z',
        status: 'draft',
      }),
      { messages },
    ).then((o) => o.planned!);
    current = await layerFor(SANNE).api.talks.saveNotes(current, [{ id: 'n1', text: 'Finn rekent graag', visibility: 'shareable' }]);
    // The mail leaves, its answer is lost: the retry must look in Sent Items rather than send again.
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const answer = await recordingFetch(input, init);
      if (String(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).endsWith('/me/sendMail')) {
        globalThis.fetch = recordingFetch as typeof fetch;
        throw new TypeError('fetch failed');
      }
      return answer;
    }) as typeof fetch;
    const now = new Date();
    await expect(layerFor(SANNE).api.talks.sendSummary(current, { messages, senderName: 'Sanne', now })).rejects.toThrow();
    const retried = await layerFor(SANNE).api.talks.sendSummary(current, { messages, senderName: 'Sanne', now: new Date(now.getTime() + 5_000) });
    expect(retried.value.summary?.recipients).toEqual(['ouder.finn@example.nl']);

    expect(unscoped(sent)).toEqual([]);
    // One mail, then the look in Sent Items that found it.
    expect(sent.filter((r) => r.path === '/me/sendMail')).toHaveLength(1);
    expect(sent.some((r) => r.path.startsWith('/me/mailFolders/sentitems/messages'))).toBe(true);
  });
});

describe('intervisie', () => {
  it('planning and moving the recurring series carries the calendar scopes', async () => {
    const api = layerFor(SANNE).api.intervisie;
    const group = await api.createGroup({ id: 'scopes-group', name: 'Scopes', memberUpns: [SANNE, LOTTE, DAAN, AHMED] });
    const series = { firstDate: '2027-11-23', startTime: '15:30', minutes: 90, frequency: { kind: 'weeks', interval: 3 }, count: 4 } as const;
    const texts = { subject: 'Intervisie', intro: 'Intervisie van', members: 'Wie:', method: 'Methode:', methodName: 'Incidentmethode', confidential: 'Blijft in de groep.' };
    const first = await api.planSeries(group, series, texts);
    await api.planSeries(first.group, { ...series, startTime: '16:00' }, texts);

    expect(unscoped(sent)).toEqual([]);
    const calendar = sent.filter((r) => r.path.startsWith('/me/events'));
    expect(calendar.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });
});

describe('teams and channels', () => {
  it('the digest post, the staff Team’s members beside the staff list, and finding the team carry their scopes', async () => {
    const ib = layerFor(DEMO_PROVISIONER);
    await ib.api.digest.postToChannel('<p>Herinnering</p>', 'Herinnering');
    const snapshot = await ib.api.staffRoles.load();
    expect(snapshot.members.length).toBeGreaterThan(0);

    expect(unscoped(sent)).toEqual([]);
    for (const path of [/^\/me\/joinedTeams/, /\/primaryChannel/, /\/channels\/[^/]+\/messages$/, /^\/teams\/[^/]+\/members/]) {
      expect(sent.some((r) => path.test(r.path))).toBe(true);
    }
  });
});

describe('the check itself', () => {
  it('reports a calendar or mail request sent on the default token', () => {
    const defaults = ['User.Read', 'Sites.ReadWrite.All'];
    expect(
      unscoped([
        { method: 'POST', path: '/me/events', scopes: defaults },
        { method: 'GET', path: '/me/calendarView?startDateTime=x', scopes: defaults },
        { method: 'POST', path: '/me/sendMail', scopes: graphScopes('calendar') },
        { method: 'GET', path: '/me/mailFolders/sentitems/messages?$top=1', scopes: graphScopes('sendMail') },
        { method: 'GET', path: '/sites/root/lists', scopes: graphScopes('calendar') },
        { method: 'GET', path: '/sites/root/lists', scopes: defaults },
      ]),
    ).toHaveLength(5);
    expect(unscoped([{ method: 'POST', path: '/teams/t1/channels', scopes: graphScopes('findChannel') }])).toEqual([
      'POST /teams/t1/channels needs createChannel, had [https://graph.microsoft.com/Channel.ReadBasic.All]',
    ]);
  });
});
