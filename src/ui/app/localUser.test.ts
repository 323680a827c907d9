import type { AppConfig } from '../../config';
import type { Host } from '../../host/types';
import { earlyLocalToken, LOCAL_USER_KEY } from './localUser';

const local: AppConfig = { graphBaseUrl: 'http://127.0.0.1:53000/graph', auth: 'local', site: { kind: 'root' } };
const browser = { context: { kind: 'browser', frameContext: 'content', locale: 'nl-NL', theme: 'default' } } as Host;
const remembered = (upn: string | null) => ({ getItem: (key: string) => (key === LOCAL_USER_KEY ? upn : null) });

function tokenServer() {
  return jest.fn(async () => new Response(JSON.stringify({ access_token: 'early', expires_in: 3600 }), { status: 200 }));
}

describe('earlyLocalToken', () => {
  it('asks for the remembered person’s token at once, and the sign-in gets that one', async () => {
    const fetchFn = tokenServer();
    const provider = earlyLocalToken(local, browser, remembered('ingrid.bakker@delinde.example'), fetchFn);
    expect(provider?.upn).toBe('ingrid.bakker@delinde.example');
    expect(fetchFn).toHaveBeenCalledTimes(1);
    await expect(provider!.getToken()).resolves.toBe('early');
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('asks nothing before anyone was picked, in a tenant, or for a guest', () => {
    const fetchFn = tokenServer();
    expect(earlyLocalToken(local, browser, remembered(null), fetchFn)).toBeNull();
    expect(earlyLocalToken({ ...local, auth: 'naa', clientId: 'x' }, browser, remembered('a@b'), fetchFn)).toBeNull();
    const guest = { context: { ...browser.context, kind: 'teams', user: { loginHint: 'ouder@x', licenseType: 'Anonymous' } } } as Host;
    expect(earlyLocalToken(local, guest, remembered(null), fetchFn)).toBeNull();
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
