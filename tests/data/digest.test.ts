/**
 * The weekly digest, end to end: built by the domain from the seeded promises, rendered as HTML
 * with the planner catalog's texts, posted to the team's General channel through Graph, and
 * read back from the channel's messages as it was sent, with user text escaped.
 */
import { randomUUID } from 'node:crypto';
import { createDataLayer, type DataLayer } from '../../src/data';
import { AccessDeniedError, ValidationError } from '../../src/data/errors';
import { DEMO_CYCLE_KEY } from '../../src/demo/content/cycle';
import { DEMO_GUEST, DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import type { Commitment } from '../../src/domain/commitments';
import { buildDigest, renderDigestHtml } from '../../src/domain/digest';
import { BOUWEN } from '../../src/domain/people';
import { fillTemplate } from '../../src/domain/text';
import { plannerNl } from '../../src/ui/i18n/planner.nl';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

const TODAY = '2026-11-23';
const IB = DEMO_PROVISIONER;
const LOTTE = DEMO_STAFF.find((s) => s.upn === 'lotte.visser@delinde.example')!;
const HOSTILE = '<img src=x onerror=alert(1)> & "meer"';

interface Message {
  id: string;
  subject: string | null;
  body: { contentType: string; content: string };
  from: { user: { displayName: string } };
}

let t: TestServer;
let teamId: string;
let channelId: string;

beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({ graphBaseUrl: t.graphBaseUrl, getToken: async () => t.server.tokenFor(IB), today: new Date(2026, 10, 23, 12) });
  teamId = (await graph<{ value: Array<{ id: string }> }>(IB, '/me/joinedTeams')).value[0]!.id;
  channelId = (await graph<{ id: string }>(IB, `/teams/${teamId}/primaryChannel`)).id;
});
afterAll(() => t.close());

/** A plain Graph GET on the local server, as someone. */
async function graph<T>(upn: string, path: string): Promise<T> {
  const response = await fetch(`${t.server.graphUrl}${path}`, { headers: { Authorization: `Bearer ${t.server.tokenFor(upn)}` } });
  if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function channelMessages(): Promise<Message[]> {
  const page = await graph<{ value: Message[] }>(LOTTE.upn, `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages?$top=50`);
  return page.value;
}

function layerAs(upn: string, team?: { groupId: string; channelId?: string }): DataLayer {
  return createDataLayer({
    graphBaseUrl: t.graphBaseUrl,
    tokenProvider: { getToken: async () => t.server.tokenFor(upn) },
    site: { kind: 'root' },
    ...(team ? { team } : {}),
  });
}

/** The open promises of every bouw, the way the tracker reads them: one group view per bouw. */
async function promisesOfCycle(layer: DataLayer): Promise<Commitment[]> {
  const views = await Promise.all(BOUWEN.map((bouw) => layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'group', bouw })));
  return views.flatMap((v) => v.commitments.map((c) => c.value));
}

describe('the digest in the team channel', () => {
  let html: string;
  let posted: { id: string; webUrl?: string };
  let layer: DataLayer;
  let requests: number;

  beforeAll(async () => {
    const lotte = layerAs(LOTTE.upn);
    await lotte.api.commitments.create({
      id: `digest-${randomUUID()}`,
      cycleId: DEMO_CYCLE_KEY,
      ownerUpn: LOTTE.upn,
      ownerName: LOTTE.displayName,
      bouw: 'onderbouw',
      group: 2,
      madeOn: '2026-11-10',
      dueDate: '2026-12-08',
      text: HOSTILE,
      status: 'open',
      whatWorked: '',
      whatWasHard: '',
      supportWanted: false,
    });

    layer = layerAs(IB);
    const [promises, staff] = await Promise.all([promisesOfCycle(layer), layer.repositories.staff.all()]);
    const digest = buildDigest(promises, staff.map((s) => s.value), TODAY);
    html = renderDigestHtml(digest, plannerNl.digest);
    layer.http.resetStats();
    posted = await layer.api.digest.postToChannel(html, fillTemplate(plannerNl.digest.title, { date: TODAY }));
    requests = layer.api.diagnostics().requests;
  });

  it('is posted as a chatMessage and reads back from the channel exactly as sent', async () => {
    expect(posted.id).toMatch(/^\d+$/);
    expect(posted.webUrl).toContain(`groupId=${teamId}`);
    const [newest] = await channelMessages();
    expect(newest).toMatchObject({
      id: posted.id,
      subject: `Beloftes: overzicht van ${TODAY}`,
      body: { contentType: 'html', content: html },
      from: { user: { displayName: DEMO_STAFF[0]!.displayName } },
    });
  });

  it('carries what the domain put in it: every bouw, the overdue promise and the support request', () => {
    for (const bouw of BOUWEN) expect(html).toContain(`<h3>${plannerNl.digest.bouw[bouw]}</h3>`);
    expect(html).toContain('Over de datum (1)');
    expect(html).toContain('Pieter Smit');
    expect(html).toContain('Vragen om ondersteuning: 1');
    expect(html.startsWith('<h2>Beloftes: overzicht van 2026-11-23</h2>')).toBe(true);
  });

  it('arrives with the user’s markup escaped, never as markup', async () => {
    const [newest] = await channelMessages();
    const content = newest!.body.content;
    expect(content).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;meer&quot;');
    expect(content).not.toContain('<img');
    expect(content).not.toMatch(/onerror=alert\(1\)>/);
  });

  it('finds the team of the site through the user’s teams, once per session', async () => {
    // joinedTeams, one $batch for the teams' sites, the General channel, the post (the site id
    // was known from reading the promises).
    expect(requests).toBe(4);
    layer.http.resetStats();
    const again = await layer.api.digest.postToChannel('<p>Nog een keer</p>', 'Herinnering');
    expect(layer.api.diagnostics().requests).toBe(1);
    expect(Number(again.id)).toBeGreaterThan(Number(posted.id));
  });
});

describe('where it goes in Teams', () => {
  it('goes to the tab’s channel when the tab is in one, in a single request', async () => {
    const layer = layerAs(LOTTE.upn, { groupId: teamId, channelId });
    const posted = await layer.api.digest.postToChannel('<p>Vanuit het kanaal</p>', 'Kanaal');
    expect(layer.api.diagnostics().requests).toBe(1);
    expect((await channelMessages())[0]).toMatchObject({ id: posted.id, body: { content: '<p>Vanuit het kanaal</p>' } });
  });

  it('goes to the General channel from a tab outside a channel', async () => {
    const layer = layerAs(LOTTE.upn, { groupId: teamId });
    const posted = await layer.api.digest.postToChannel('<p>Vanuit een vergadering</p>', 'Vergadering');
    expect(layer.api.diagnostics().requests).toBe(2);
    expect((await channelMessages())[0]!.id).toBe(posted.id);
  });
});

describe('refusals', () => {
  it('refuses an empty digest before any request', async () => {
    const layer = layerAs(IB);
    const error = await layer.api.digest.postToChannel('  ', 'Leeg').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual([{ field: 'content', code: 'required' }]);
    expect(layer.api.diagnostics().requests).toBe(0);
  });

  it('refuses a guest: not a member of the team, not of the site', async () => {
    const before = (await channelMessages()).length;
    await expect(layerAs(DEMO_GUEST.upn, { groupId: teamId, channelId }).api.digest.postToChannel('<p>x</p>', 'x')).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(layerAs(DEMO_GUEST.upn).api.digest.postToChannel('<p>x</p>', 'x')).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await channelMessages()).length).toBe(before);
  });
});
