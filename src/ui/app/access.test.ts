import { AccessDeniedError, UnavailableError } from '../../data/errors';
import type { HostContext } from '../../host/types';
import { checkAccess, hostSaysGuest } from './access';

const host: HostContext = { kind: 'teams', frameContext: 'sidePanel', locale: 'nl-NL', theme: 'default' };
const teacher = { upn: 't@school', displayName: 'T', role: 'leerkracht' as const };

describe('access', () => {
  it('takes anonymous participants and guests for guests before asking for data', async () => {
    expect(hostSaysGuest({ licenseType: 'Anonymous' })).toBe(true);
    expect(hostSaysGuest({ loginHint: 'ouder_gmail.com#EXT#@school.onmicrosoft.com' })).toBe(true);
    expect(hostSaysGuest({ licenseType: 'Licensed', loginHint: 't@school' })).toBe(false);
    const me = jest.fn();
    await expect(checkAccess({ ...host, user: { licenseType: 'Anonymous' } }, { me })).resolves.toEqual({ kind: 'guest' });
    expect(me).not.toHaveBeenCalled();
  });

  it('lets the site decide: 403 means guest, a staff record means staff', async () => {
    await expect(checkAccess(host, { me: async () => teacher })).resolves.toEqual({ kind: 'staff', me: teacher });
    const denied = new AccessDeniedError('no', { status: 403, code: 'accessDenied' });
    await expect(checkAccess(host, { me: () => Promise.reject(denied) })).resolves.toEqual({ kind: 'guest' });
  });

  it('keeps other failures apart so the person can try again', async () => {
    const down = new UnavailableError('down', { status: 503, code: 'serviceNotAvailable' });
    await expect(checkAccess(host, { me: () => Promise.reject(down) })).resolves.toEqual({ kind: 'failed', error: down });
  });

  it('creates the lists on a first run in a tenant, and sends a member who may not to the owner', async () => {
    const provision = jest.fn().mockResolvedValue({});
    await expect(checkAccess(host, { me: async () => teacher, provision })).resolves.toEqual({ kind: 'staff', me: teacher });
    expect(provision).toHaveBeenCalledTimes(1);
    const denied = new AccessDeniedError('no', { status: 403, code: 'accessDenied' });
    await expect(checkAccess(host, { me: async () => teacher, provision: () => Promise.reject(denied) })).resolves.toEqual({
      kind: 'needsOwner',
    });
  });

  it('makes the first person in a new tenant MT after provisioning; someone on the list is not asked', async () => {
    const mt = { upn: 'm@school', displayName: 'M', role: 'mt' as const };
    const claimFirstRun = jest.fn().mockResolvedValue(mt);
    const provision = jest.fn().mockResolvedValue({});
    await expect(checkAccess(host, { me: async () => null, provision, claimFirstRun })).resolves.toEqual({ kind: 'staff', me: mt });
    expect(provision.mock.invocationCallOrder[0]).toBeLessThan(claimFirstRun.mock.invocationCallOrder[0]!);
    claimFirstRun.mockClear();
    await expect(checkAccess(host, { me: async () => teacher, provision, claimFirstRun })).resolves.toEqual({ kind: 'staff', me: teacher });
    expect(claimFirstRun).not.toHaveBeenCalled();
  });
});
