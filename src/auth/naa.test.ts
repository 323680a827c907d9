import { BrowserAuthError, InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult, type Configuration } from '@azure/msal-browser';
import type { HostContext } from '../host/types';
import {
  NaaError,
  NestedAppAuthProvider,
  allGraphPermissionNames,
  graphScopes,
  isInteractionRequired,
  msalConfiguration,
  normalizeScopes,
  type NaaClient,
} from './naa';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-2222-3333-4444-555555555555';
const USER_OID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

const teamsHost: HostContext = {
  kind: 'teams',
  frameContext: 'content',
  locale: 'nl-NL',
  theme: 'default',
  user: { id: USER_OID, loginHint: 'ib@school.example', tenantId: TENANT, displayName: 'Ilse IB' },
};

function account(over: Partial<AccountInfo> = {}): AccountInfo {
  return {
    homeAccountId: `${USER_OID}.${TENANT}`,
    environment: 'login.microsoftonline.com',
    tenantId: TENANT,
    username: 'ib@school.example',
    localAccountId: USER_OID,
    name: 'Ilse IB',
    ...over,
  } as AccountInfo;
}

function result(token: string, acc: AccountInfo | null = account()): AuthenticationResult {
  return { accessToken: token, account: acc, scopes: [] } as unknown as AuthenticationResult;
}

/** A fake MSAL client: scripted answers, every call recorded. */
class FakeMsal implements NaaClient {
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  silent: jest.Mock = jest.fn();
  popup: jest.Mock = jest.fn();
  getAccountCalls: unknown[] = [];
  acquireTokenSilent = (req: Parameters<NaaClient['acquireTokenSilent']>[0]) => this.silent(req) as Promise<AuthenticationResult>;
  acquireTokenPopup = (req: Parameters<NaaClient['acquireTokenPopup']>[0]) => this.popup(req) as Promise<AuthenticationResult>;
  getAllAccounts = () => this.accounts;
  getActiveAccount = () => this.active;
  setActiveAccount = (a: AccountInfo | null) => {
    this.active = a;
  };
  getAccount = (filter: Parameters<NaaClient['getAccount']>[0]) => {
    this.getAccountCalls.push(filter);
    return (
      this.accounts.find(
        (a) =>
          (!filter.tenantId || a.tenantId === filter.tenantId) &&
          (!filter.localAccountId || a.localAccountId === filter.localAccountId),
      ) ?? null
    );
  };
}

function setup(options: { host?: HostContext; recommended?: boolean; sitesAccess?: 'all' | 'selected' } = {}) {
  const msal = new FakeMsal();
  const configs: Configuration[] = [];
  const createClient = jest.fn(async (config: Configuration) => {
    configs.push(config);
    return msal;
  });
  const provider = new NestedAppAuthProvider(
    { clientId: 'client-123', sitesAccess: options.sitesAccess ?? 'all' },
    options.host ?? teamsHost,
    { createClient, isNaaRecommended: () => options.recommended ?? true },
  );
  return { msal, provider, createClient, configs };
}

describe('scope map (least privilege per capability)', () => {
  it('asks for one Graph permission per capability, fully qualified', () => {
    expect(graphScopes('profile')).toEqual(['https://graph.microsoft.com/User.Read']);
    expect(graphScopes('lists')).toEqual(['https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect(graphScopes('provisionLists')).toEqual(['https://graph.microsoft.com/Sites.Manage.All']);
    expect(graphScopes('calendar')).toEqual(['https://graph.microsoft.com/Calendars.ReadWrite']);
    expect(graphScopes('sendMail')).toEqual(['https://graph.microsoft.com/Mail.Send']);
    // Reading Sent Items: Mail.ReadBasic, never Mail.Read (no message bodies).
    expect(graphScopes('readSentMail')).toEqual(['https://graph.microsoft.com/Mail.ReadBasic']);
    expect(graphScopes('postToChannel')).toEqual(['https://graph.microsoft.com/ChannelMessage.Send']);
    expect(graphScopes('findChannel')).toEqual(['https://graph.microsoft.com/Channel.ReadBasic.All']);
    expect(graphScopes('findTeam')).toEqual(['https://graph.microsoft.com/Team.ReadBasic.All']);
    expect(graphScopes('readTeamMembers')).toEqual(['https://graph.microsoft.com/TeamMember.Read.All']);
  });

  it('uses Sites.Selected for lists and provisioning when the school chose selected sites', () => {
    expect(graphScopes('lists', 'selected')).toEqual(['https://graph.microsoft.com/Sites.Selected']);
    expect(graphScopes('provisionLists', 'selected')).toEqual(['https://graph.microsoft.com/Sites.Selected']);
    expect(allGraphPermissionNames('selected')).toEqual([
      'User.Read',
      'Sites.Selected',
      'Calendars.ReadWrite',
      'Mail.Send',
      'Mail.ReadBasic',
      'ChannelMessage.Send',
      'Channel.ReadBasic.All',
      'Team.ReadBasic.All',
      'Channel.Create',
      'ChannelMember.ReadWrite.All',
      'TeamMember.Read.All',
    ]);
    expect(allGraphPermissionNames('all')).not.toContain('Sites.Selected');
  });

  it('normalises short names, removes duplicates and narrows tenant-wide site scopes in selected mode', () => {
    expect(normalizeScopes(['Mail.Send', 'https://graph.microsoft.com/Mail.Send', ' mail.send '])).toEqual([
      'https://graph.microsoft.com/Mail.Send',
    ]);
    expect(normalizeScopes(['Sites.ReadWrite.All', 'https://graph.microsoft.com/Sites.Manage.All'], 'selected')).toEqual([
      'https://graph.microsoft.com/Sites.Selected',
    ]);
    expect(normalizeScopes(['openid', 'Calendars.ReadWrite'])).toEqual(['openid', 'https://graph.microsoft.com/Calendars.ReadWrite']);
    expect(normalizeScopes([])).toEqual(graphScopes('lists'));
  });
});

describe('MSAL configuration', () => {
  it('targets the tenant from the Teams context and keeps tokens in memory by default', () => {
    const config = msalConfiguration({ clientId: 'c' }, teamsHost);
    expect(config.auth.authority).toBe(`https://login.microsoftonline.com/${TENANT}`);
    expect(config.cache?.cacheLocation).toBe('memoryStorage');
  });

  it('allows sessionStorage but never localStorage', () => {
    expect(msalConfiguration({ clientId: 'c', cacheLocation: 'sessionStorage' }, teamsHost).cache?.cacheLocation).toBe('sessionStorage');
    expect(() => msalConfiguration({ clientId: 'c', cacheLocation: 'localStorage' as never }, teamsHost)).toThrow(NaaError);
  });

  it('falls back to the organizations authority when the host gave no tenant', () => {
    expect(msalConfiguration({ clientId: 'c' }, { ...teamsHost, user: {} }).auth.authority).toBe(
      'https://login.microsoftonline.com/organizations',
    );
  });
});

describe('NestedAppAuthProvider', () => {
  it('gets a token silently for the Teams user’s account and creates the client once', async () => {
    const { msal, provider, createClient, configs } = setup();
    msal.accounts = [account({ tenantId: OTHER_TENANT, homeAccountId: 'x' }), account()];
    msal.silent.mockResolvedValue(result('token-1'));

    await expect(provider.getToken(['Sites.ReadWrite.All'])).resolves.toBe('token-1');
    await expect(provider.getToken(['Mail.Send'])).resolves.toBe('token-1');

    expect(createClient).toHaveBeenCalledTimes(1);
    expect(configs[0]!.auth.clientId).toBe('client-123');
    const firstRequest = msal.silent.mock.calls[0]![0];
    expect(firstRequest.scopes).toEqual(['https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect(firstRequest.account.tenantId).toBe(TENANT);
    expect(msal.getAccountCalls[0]).toMatchObject({ tenantId: TENANT, localAccountId: USER_OID, loginHint: 'ib@school.example' });
    expect(msal.popup).not.toHaveBeenCalled();
    expect(msal.active?.tenantId).toBe(TENANT); // remembered for the next call
  });

  it('asks silently without an account when MSAL knows none yet (the host brokers it)', async () => {
    const { msal, provider } = setup();
    msal.silent.mockResolvedValue(result('t'));
    await provider.getToken(['Calendars.ReadWrite']);
    expect(msal.silent.mock.calls[0]![0]).not.toHaveProperty('account');
  });

  it('ignores an active account of another tenant or person', async () => {
    const { msal, provider } = setup();
    msal.active = account({ tenantId: OTHER_TENANT });
    msal.silent.mockResolvedValue(result('t'));
    await provider.getToken(['Mail.Send']);
    expect(msal.silent.mock.calls[0]![0].account).toBeUndefined();
  });

  it('falls back to the host dialog on InteractionRequiredAuthError, with the login hint', async () => {
    const { msal, provider } = setup();
    msal.silent.mockRejectedValue(new InteractionRequiredAuthError('consent_required', 'cid', 'AADSTS65001'));
    msal.popup.mockResolvedValue(result('after-consent'));

    await expect(provider.getToken(['ChannelMessage.Send'])).resolves.toBe('after-consent');
    expect(msal.popup).toHaveBeenCalledTimes(1);
    expect(msal.popup.mock.calls[0]![0]).toMatchObject({
      scopes: ['https://graph.microsoft.com/ChannelMessage.Send'],
      loginHint: 'ib@school.example',
    });
  });

  it('treats MSAL’s no-account error as needing interaction too', async () => {
    const { msal, provider } = setup();
    msal.silent.mockRejectedValue(new BrowserAuthError('no_account_error', 'cid'));
    msal.popup.mockResolvedValue(result('p'));
    await expect(provider.getToken(['Mail.Send'])).resolves.toBe('p');
  });

  it('does not open a dialog for other failures', async () => {
    const { msal, provider } = setup();
    msal.silent.mockRejectedValue(new BrowserAuthError('network_error', 'cid'));
    await expect(provider.getToken(['Mail.Send'])).rejects.toMatchObject({ name: 'NaaError', code: 'failed' });
    expect(msal.popup).not.toHaveBeenCalled();
  });

  it('reports a closed or declined dialog as declined', async () => {
    const { msal, provider } = setup();
    msal.silent.mockRejectedValue(new InteractionRequiredAuthError('interaction_required', 'cid'));
    msal.popup.mockRejectedValue(new BrowserAuthError('user_cancelled', 'cid'));
    await expect(provider.getToken(['Mail.Send'])).rejects.toMatchObject({ code: 'declined' });
  });

  it('shares one request between identical concurrent calls', async () => {
    const { msal, provider } = setup();
    let resolve!: (r: AuthenticationResult) => void;
    msal.silent.mockReturnValue(new Promise<AuthenticationResult>((r) => (resolve = r)));
    const a = provider.getToken(['Mail.Send']);
    const b = provider.getToken(['https://graph.microsoft.com/Mail.Send']);
    await new Promise((r) => setImmediate(r));
    resolve(result('shared'));
    await expect(Promise.all([a, b])).resolves.toEqual(['shared', 'shared']);
    expect(msal.silent).toHaveBeenCalledTimes(1);
  });

  it('opens dialogs one at a time', async () => {
    const { msal, provider } = setup();
    msal.silent.mockRejectedValue(new InteractionRequiredAuthError('consent_required', 'cid'));
    let open = 0;
    let maxOpen = 0;
    msal.popup.mockImplementation(async (req: { scopes: string[] }) => {
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      await new Promise((r) => setTimeout(r, 5));
      open -= 1;
      return result(req.scopes[0]!);
    });
    const [mail, calendar] = await Promise.all([provider.getToken(['Mail.Send']), provider.getToken(['Calendars.ReadWrite'])]);
    expect(mail).toBe('https://graph.microsoft.com/Mail.Send');
    expect(calendar).toBe('https://graph.microsoft.com/Calendars.ReadWrite');
    expect(maxOpen).toBe(1);
  });

  it('keeps working after a declined dialog (the next dialog still opens)', async () => {
    const { msal, provider } = setup();
    msal.silent.mockRejectedValue(new InteractionRequiredAuthError('consent_required', 'cid'));
    msal.popup.mockRejectedValueOnce(new BrowserAuthError('user_cancelled', 'cid')).mockResolvedValueOnce(result('second'));
    await expect(provider.getToken(['Mail.Send'])).rejects.toBeInstanceOf(NaaError);
    await expect(provider.getToken(['Mail.Send'])).resolves.toBe('second');
  });

  it('asks for Sites.Selected when configured, whatever the data layer names', async () => {
    const { msal, provider } = setup({ sitesAccess: 'selected' });
    msal.silent.mockResolvedValue(result('t'));
    await provider.getToken(['Sites.ReadWrite.All']);
    expect(msal.silent.mock.calls[0]![0].scopes).toEqual(['https://graph.microsoft.com/Sites.Selected']);
  });

  it('refuses outside Teams without creating an MSAL client', async () => {
    const { provider, createClient } = setup({ host: { ...teamsHost, kind: 'browser' } });
    await expect(provider.getToken(['Mail.Send'])).rejects.toMatchObject({ code: 'unavailable' });
    expect(createClient).not.toHaveBeenCalled();
  });

  it('refuses when the Teams client does not recommend NAA', async () => {
    const { provider, createClient } = setup({ recommended: false });
    await expect(provider.getToken(['Mail.Send'])).rejects.toMatchObject({ code: 'unavailable' });
    expect(createClient).not.toHaveBeenCalled();
  });

  it('rejects an empty token and needs a client id', async () => {
    const { msal, provider } = setup();
    msal.silent.mockResolvedValue(result(''));
    await expect(provider.getToken(['Mail.Send'])).rejects.toBeInstanceOf(NaaError);
    expect(() => new NestedAppAuthProvider({ clientId: '' }, teamsHost)).toThrow(NaaError);
  });

  it('recognises interaction-required errors by class and by code', () => {
    expect(isInteractionRequired(new InteractionRequiredAuthError('login_required', 'cid'))).toBe(true);
    expect(isInteractionRequired({ errorCode: 'consent_required' })).toBe(true);
    expect(isInteractionRequired(new BrowserAuthError('network_error', 'cid'))).toBe(false);
    expect(isInteractionRequired(null)).toBe(false);
  });
});
