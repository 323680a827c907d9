/**
 * Who is signed in is asked once per session: the access gate asks, then each view asks again,
 * and only the first costs Graph requests. A failed answer is not kept.
 */
import { AccessDeniedError } from '../../src/data/errors';
import { DEMO_GUEST, DEMO_PROVISIONER } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
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

it('reads the profile, the site and the staff row once, however often a view asks', async () => {
  const layer = t.layerFor(DEMO_PROVISIONER);
  const first = await layer.api.me();
  const before = layer.api.diagnostics().requests;
  const [again, third] = await Promise.all([layer.api.me(), layer.api.me()]);
  expect(first?.upn).toBe(DEMO_PROVISIONER);
  expect(again).toEqual(first);
  expect(third).toEqual(first);
  expect(layer.api.diagnostics().requests).toBe(before);
});

it('asks again after a refusal instead of keeping it', async () => {
  const guest = t.layerFor(DEMO_GUEST.upn);
  await expect(guest.api.me()).rejects.toBeInstanceOf(AccessDeniedError);
  const before = guest.api.diagnostics().requests;
  await expect(guest.api.me()).rejects.toBeInstanceOf(AccessDeniedError);
  expect(guest.api.diagnostics().requests).toBeGreaterThan(before);
});
