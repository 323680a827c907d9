import type { AppConfig } from '../../config';
import type { Host } from '../../host/types';
import { preloadTenantSignIn } from './tenantSignIn';

const tenant: AppConfig = { graphBaseUrl: 'https://graph.microsoft.com', auth: 'naa', clientId: 'app-id', site: { kind: 'root' } };
const teams = { context: { kind: 'teams', frameContext: 'content', locale: 'nl-NL', theme: 'default', user: { loginHint: 'ingrid@school.nl' } } } as Host;

describe('preloadTenantSignIn', () => {
  it('starts MSAL’s download for a staff member in Teams, and a failed download does not surface', async () => {
    const load = jest.fn(() => Promise.reject(new Error('offline')));
    expect(preloadTenantSignIn(tenant, teams, load)).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    await Promise.resolve();
  });

  it('loads nothing in local mode, outside Teams, on the meeting stage, or for a guest', () => {
    const load = jest.fn(async () => undefined);
    expect(preloadTenantSignIn({ ...tenant, auth: 'local' }, teams, load)).toBe(false);
    expect(preloadTenantSignIn(tenant, { context: { ...teams.context, kind: 'browser' } } as Host, load)).toBe(false);
    expect(preloadTenantSignIn(tenant, { context: { ...teams.context, frameContext: 'meetingStage' } } as Host, load)).toBe(false);
    const guest = { context: { ...teams.context, user: { loginHint: 'ouder@x', licenseType: 'Guest' } } } as Host;
    expect(preloadTenantSignIn(tenant, guest, load)).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });
});
