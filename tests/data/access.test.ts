/**
 * Who may read: a guest (a parent) is in the directory but not a member of the site and gets
 * AccessDeniedError from every call; so does a request with a bad token. Nothing is written.
 */
import { AccessDeniedError } from '../../src/data/errors';
import { createDataApi } from '../../src/data';
import { DEMO_GUEST, DEMO_PROVISIONER } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import type { ChangeCycle } from '../../src/domain/cycles';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({
    graphBaseUrl: t.graphBaseUrl,
    getToken: async () => t.server.tokenFor(DEMO_PROVISIONER),
    today: new Date(2026, 10, 23, 12),
  });
});
afterAll(() => t.close());

it('refuses a guest everything: me, the timeline, provisioning, writes', async () => {
  const guest = t.layerFor(DEMO_GUEST.upn);
  await expect(guest.api.me()).rejects.toBeInstanceOf(AccessDeniedError);
  await expect(guest.api.timeline.load()).rejects.toBeInstanceOf(AccessDeniedError);
  await expect(guest.api.provision()).rejects.toBeInstanceOf(AccessDeniedError);
  const error = await guest.api.me().catch((e: unknown) => e);
  expect((error as AccessDeniedError).status).toBe(403);

  const cycle: ChangeCycle = {
    id: 'guest-cycle',
    title: 'Niet toegestaan',
    dream: '',
    schoolYear: '2026-2027',
    status: 'active',
    coachUpn: DEMO_GUEST.upn,
    memberUpns: [],
    round: 1,
    stepsDone: [],
  };
  await expect(guest.repositories.cycles.create(cycle)).rejects.toBeInstanceOf(AccessDeniedError);
  expect(await t.layerFor().repositories.cycles.findByKey('guest-cycle')).toBeNull();
});

it('refuses a request with an invalid token as access denied (401)', async () => {
  const api = createDataApi({
    graphBaseUrl: t.graphBaseUrl,
    tokenProvider: { getToken: async () => 'not-a-token' },
    site: { kind: 'root' },
  });
  const error = await api.timeline.load().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AccessDeniedError);
  expect((error as AccessDeniedError).status).toBe(401);
});

it('lets a member in once the guest was refused, with a separate client', async () => {
  const member = t.layerFor('eva.deboer@delinde.example');
  const snapshot = await member.api.timeline.load();
  expect(snapshot.cycle?.title).toBe('Op weg naar educatief partnerschap');
});
