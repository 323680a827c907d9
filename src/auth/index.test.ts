import type { AuthenticationResult, Configuration } from '@azure/msal-browser';
import type { AppConfig } from '../config';
import type { HostContext } from '../host/types';
import { NaaError, NestedAppAuthProvider, createTokenProvider, sitesAccessOf, type TokenProvider } from './index';

const host: HostContext = {
  kind: 'teams',
  frameContext: 'content',
  locale: 'nl-NL',
  theme: 'default',
  user: { tenantId: 't-1', loginHint: 'mt@school.example' },
};

const local: TokenProvider = { getToken: jest.fn(async () => 'local-token') };

const naaConfig: AppConfig = {
  graphBaseUrl: 'https://graph.microsoft.com',
  auth: 'naa',
  clientId: 'client-1',
  site: { kind: 'teamSite' },
};

function fakeClient(scopesSeen: string[][]) {
  return {
    acquireTokenSilent: jest.fn(async (req: { scopes: string[] }) => {
      scopesSeen.push(req.scopes);
      return { accessToken: 'naa-token', account: null } as unknown as AuthenticationResult;
    }),
    acquireTokenPopup: jest.fn(),
    getAccount: () => null,
    getAllAccounts: () => [],
    getActiveAccount: () => null,
    setActiveAccount: () => undefined,
  };
}

describe('createTokenProvider', () => {
  it('local mode hands back the local identity provider itself', async () => {
    const provider = createTokenProvider({ graphBaseUrl: 'http://127.0.0.1:53000/graph', auth: 'local', site: { kind: 'root' } }, { ...host, kind: 'browser' }, local);
    expect(provider).toBe(local);
    await expect(provider.getToken(['Sites.ReadWrite.All'])).resolves.toBe('local-token');
  });

  it('naa mode builds the nested app auth provider for the configured client id and tenant', async () => {
    const configs: Configuration[] = [];
    const seen: string[][] = [];
    const provider = createTokenProvider(naaConfig, host, local, {
      naa: {
        isNaaRecommended: () => true,
        createClient: async (c) => {
          configs.push(c);
          return fakeClient(seen);
        },
      },
    });
    expect(provider).toBeInstanceOf(NestedAppAuthProvider);
    await expect(provider.getToken(['Sites.ReadWrite.All'])).resolves.toBe('naa-token');
    expect(configs[0]!.auth).toMatchObject({ clientId: 'client-1', authority: 'https://login.microsoftonline.com/t-1' });
    expect(seen[0]).toEqual(['https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect(local.getToken).not.toHaveBeenCalledWith(['Sites.ReadWrite.All'], expect.anything());
  });

  it('selected-sites mode can come from the config or the options', async () => {
    expect(sitesAccessOf(naaConfig)).toBe('all');
    expect(sitesAccessOf({ ...naaConfig, sitesAccess: 'selected' } as AppConfig)).toBe('selected');
    const seen: string[][] = [];
    const provider = createTokenProvider(naaConfig, host, local, {
      sitesAccess: 'selected',
      naa: { isNaaRecommended: () => true, createClient: async () => fakeClient(seen) },
    });
    await provider.getToken(['Sites.Manage.All']);
    expect(seen[0]).toEqual(['https://graph.microsoft.com/Sites.Selected']);
  });

  it('a tenant build opened outside Teams fails on the first token request, not at start-up', async () => {
    const provider = createTokenProvider(naaConfig, { ...host, kind: 'browser' }, local);
    await expect(provider.getToken(['Mail.Send'])).rejects.toBeInstanceOf(NaaError);
  });

  it('naa mode without a client id is a configuration error', () => {
    expect(() => createTokenProvider({ ...naaConfig, clientId: undefined } as AppConfig, host, local)).toThrow(NaaError);
  });
});
