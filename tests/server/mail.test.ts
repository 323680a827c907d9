/**
 * sendMail: 202 without a body, the message saved in Sent Items exactly as sent (unless
 * saveToSentItems is false) and readable in Graph's message shape, newest first with Outlook's
 * paging; 400 ErrorInvalidRecipients for a bad or missing recipient; 404
 * MailboxNotEnabledForRESTAPI for the guest, who has no mailbox.
 */
import { DEMO_STAFF } from '../../src/demo/people';
import { GUEST, IB, TEACHER, type GraphClient, type Json, type TestServer, allPages, expectGraphError, startTestServer } from './helpers';

let server: TestServer;
let ib: GraphClient;
let teacher: GraphClient;

beforeAll(async () => {
  server = await startTestServer();
  ib = server.as(IB);
  teacher = server.as(TEACHER);
});
afterAll(() => server.stop());

const SENT = '/me/mailFolders/sentitems/messages';

function mail(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Samenvatting gesprek over Fenna',
    body: { contentType: 'HTML', content: '<p>Beste Joke &amp; Kees,</p><p>&lt;b&gt;afspraak&lt;/b&gt;</p>' },
    toRecipients: [
      { emailAddress: { address: 'joke@example.org', name: 'Joke de Vries' } },
      { emailAddress: { address: 'kees@example.org' } },
    ],
    ...overrides,
  };
}

describe('sending a message', () => {
  let sent: Json;

  beforeAll(async () => {
    const answer = await ib.post('/me/sendMail', { message: mail(), saveToSentItems: true });
    expect(answer.status).toBe(202);
    expect(answer.body).toBeUndefined();
    sent = (await ib.get(SENT)).body.value[0];
  });

  it('saves it in Sent Items in Graph shape', () => {
    expect(sent).toMatchObject({
      '@odata.etag': `W/"${sent.changeKey}"`,
      id: expect.stringMatching(/^AAMk/),
      subject: 'Samenvatting gesprek over Fenna',
      isDraft: false,
      isRead: true,
      hasAttachments: false,
      sentDateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      from: { emailAddress: { address: IB, name: DEMO_STAFF[0]!.displayName } },
      sender: { emailAddress: { address: IB, name: DEMO_STAFF[0]!.displayName } },
      toRecipients: [
        { emailAddress: { address: 'joke@example.org', name: 'Joke de Vries' } },
        { emailAddress: { address: 'kees@example.org', name: 'kees@example.org' } },
      ],
      ccRecipients: [],
      internetMessageId: expect.stringMatching(/^<[0-9A-F]+@delinde\.example>$/),
    });
  });

  it('keeps the body as sent, with a plain-text preview', () => {
    expect(sent.body).toEqual({ contentType: 'html', content: '<p>Beste Joke &amp; Kees,</p><p>&lt;b&gt;afspraak&lt;/b&gt;</p>' });
    expect(sent.bodyPreview).toBe('Beste Joke & Kees, <b>afspraak</b>');
  });

  it('reads it by id, in the folder and in /me/messages', async () => {
    expect((await ib.get(`${SENT}/${encodeURIComponent(sent.id)}`)).body).toMatchObject({ id: sent.id, subject: sent.subject });
    expect((await ib.get(`/me/messages/${encodeURIComponent(sent.id)}`)).status).toBe(200);
    expectGraphError(await ib.get(`/me/mailFolders/inbox/messages/${encodeURIComponent(sent.id)}`), 404, 'ErrorItemNotFound');
  });

  it('is in the sender\'s mailbox only', async () => {
    expect((await teacher.get(SENT)).body.value).toEqual([]);
    expectGraphError(await teacher.get(`/me/messages/${encodeURIComponent(sent.id)}`), 404, 'ErrorItemNotFound');
  });

  it('counts it in the folder', async () => {
    const folder = await ib.get('/me/mailFolders/SentItems');
    expect(folder.body).toMatchObject({ displayName: 'Sent Items', totalItemCount: 1 });
    expect(sent.parentFolderId).toBe(folder.body.id);
    expect((await ib.get(`/me/mailFolders/${encodeURIComponent(folder.body.id)}/messages`)).body.value).toHaveLength(1);
  });

  it('keeps cc and text bodies', async () => {
    await ib.post('/me/sendMail', {
      message: mail({ subject: 'Met cc', body: { contentType: 'Text', content: 'Regel 1\nRegel 2' }, ccRecipients: [{ emailAddress: { address: TEACHER } }] }),
    });
    const latest = (await ib.get(SENT)).body.value[0];
    expect(latest.subject).toBe('Met cc');
    expect(latest.body).toEqual({ contentType: 'text', content: 'Regel 1\nRegel 2' });
    expect(latest.ccRecipients).toEqual([{ emailAddress: { address: TEACHER, name: TEACHER } }]);
  });

  it('does not save it when saveToSentItems is false', async () => {
    const before = (await ib.get('/me/mailFolders/sentitems')).body.totalItemCount;
    expect((await ib.post('/me/sendMail', { message: mail({ subject: 'Niet bewaren' }), saveToSentItems: false })).status).toBe(202);
    expect((await ib.get('/me/mailFolders/sentitems')).body.totalItemCount).toBe(before);
  });
});

describe('Sent Items paging', () => {
  it('lists newest first, 10 per page, following @odata.nextLink with $skip', async () => {
    const client = server.as(DEMO_STAFF[6]!.upn);
    for (let i = 1; i <= 12; i += 1) {
      await client.post('/me/sendMail', { message: mail({ subject: `Bericht ${i}` }) });
    }
    const first = await client.get(SENT);
    expect(first.body.value).toHaveLength(10);
    expect(first.body.value[0].subject).toBe('Bericht 12');
    expect(first.body['@odata.nextLink']).toMatch(/\$skip=10$/);
    const all = (await allPages(client, SENT)).flat().map((m: Json) => m.subject);
    expect(all).toEqual(Array.from({ length: 12 }, (_, i) => `Bericht ${12 - i}`));
    const filtered = await client.get(`${SENT}?$filter=${encodeURIComponent("subject eq 'Bericht 3'")}&$select=subject`);
    expect(filtered.body.value).toEqual([{ '@odata.etag': expect.any(String), id: expect.any(String), subject: 'Bericht 3' }]);
  });
});

describe('refusals', () => {
  it('refuses an invalid recipient address', async () => {
    const answer = await ib.post('/me/sendMail', { message: mail({ toRecipients: [{ emailAddress: { address: 'joke(at)example' } }] }) });
    expect(expectGraphError(answer, 400, 'ErrorInvalidRecipients').message).toContain("'joke(at)example'");
  });

  it('refuses a message without recipients', async () => {
    const answer = await ib.post('/me/sendMail', { message: mail({ toRecipients: [] }) });
    expect(expectGraphError(answer, 400, 'ErrorInvalidRecipients').message).toContain('no recipients');
  });

  it('refuses a missing message, unknown properties and a bad body type', async () => {
    expectGraphError(await ib.post('/me/sendMail', { saveToSentItems: true }), 400, 'ErrorInvalidParameter');
    expectGraphError(await ib.post('/me/sendMail', { message: mail({ colour: 'red' }) }), 400, 'RequestBodyRead');
    expectGraphError(await ib.post('/me/sendMail', { message: mail(), extra: 1 }), 400, 'RequestBodyRead');
    expectGraphError(await ib.post('/me/sendMail', { message: mail({ body: { contentType: 'markdown', content: 'x' } }) }), 400, 'RequestBodyRead');
  });

  it('saves nothing when it refuses', async () => {
    const before = (await ib.get('/me/mailFolders/sentitems')).body.totalItemCount;
    await ib.post('/me/sendMail', { message: mail({ toRecipients: [{ emailAddress: { address: 'bad' } }] }) });
    expect((await ib.get('/me/mailFolders/sentitems')).body.totalItemCount).toBe(before);
  });

  it('refuses an unknown folder', async () => {
    expectGraphError(await ib.get('/me/mailFolders/nope/messages'), 400, 'ErrorInvalidIdMalformed');
  });
});

describe('the guest parent, who has no mailbox', () => {
  it('gets 404 MailboxNotEnabledForRESTAPI', async () => {
    const guest = server.as(GUEST);
    expectGraphError(await guest.post('/me/sendMail', { message: mail() }), 404, 'MailboxNotEnabledForRESTAPI');
    expectGraphError(await guest.get(SENT), 404, 'MailboxNotEnabledForRESTAPI');
    expectGraphError(await guest.get('/me/mailFolders/sentitems'), 404, 'MailboxNotEnabledForRESTAPI');
  });
});
