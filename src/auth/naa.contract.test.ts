/**
 * @jest-environment jsdom
 *
 * Contract test: the provider against the real @azure/msal-browser, not a fake. A fake Teams
 * host answers MSAL's nested-app-auth bridge (window.nestedAppAuthBridge, JSON messages
 * GetInitContext / GetToken / GetTokenPopup), so this checks that our adapter wires to MSAL's
 * real API surface: createNestablePublicClientApplication picks the NAA controller, silent
 * failure with "interaction required" leads to the host dialog, the token is cached by MSAL in
 * memory and nothing lands in localStorage.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import * as msal from '@azure/msal-browser';
import type { HostContext } from '../host/types';
import { MSAL_CODES, NestedAppAuthProvider, createNestableClient, isInteractionRequired, type NaaClient } from './naa';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const CLIENT_ID = '7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f';

// The real module, with its factory wrapped in a spy (calls go through to the real function).
jest.mock('@azure/msal-browser', () => {
  const actual = jest.requireActual<typeof import('@azure/msal-browser')>('@azure/msal-browser');
  return { ...actual, createNestablePublicClientApplication: jest.fn(actual.createNestablePublicClientApplication) };
});

const host: HostContext = {
  kind: 'teams',
  frameContext: 'sidePanel',
  locale: 'nl-NL',
  theme: 'default',
  user: { id: OID, loginHint: 'ib@school.example', tenantId: TENANT },
};

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function idToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    oid: OID,
    sub: 'subject',
    tid: TENANT,
    preferred_username: 'ib@school.example',
    name: 'Ilse IB',
    ver: '2.0',
  };
  // Unsigned test token: MSAL reads the claims of an id token, it does not verify the signature.
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.${Buffer.from('test').toString('base64url')}`;
}

interface BridgeRequest {
  method: string;
  requestId: string;
  tokenParams?: { clientId: string; authority?: string; scope: string };
}

/** A Teams host as MSAL sees it: the bridge object and its JSON messages. */
function installFakeHost(options: { consented: boolean }) {
  const received: BridgeRequest[] = [];
  let listener: ((message: string) => void) | null = null;
  let consented = options.consented;
  const account = {
    homeAccountId: `${OID}.${TENANT}`,
    environment: 'login.microsoftonline.com',
    tenantId: TENANT,
    username: 'ib@school.example',
    localAccountId: OID,
  };
  const reply = (requestId: string, body: object) =>
    setTimeout(() => listener?.(JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId, ...body })), 0);
  const tokenFor = (req: BridgeRequest) => ({
    success: true,
    token: { access_token: `access:${req.tokenParams!.scope}`, expires_in: 3600, id_token: idToken(), scope: req.tokenParams!.scope },
    account,
  });
  (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
    addEventListener: (_: string, callback: (message: string) => void) => {
      listener = callback;
    },
    removeEventListener: () => {
      listener = null;
    },
    postMessage: (raw: string) => {
      const req = JSON.parse(raw) as BridgeRequest;
      received.push(req);
      if (req.method === 'GetInitContext') {
        reply(req.requestId, {
          success: true,
          initContext: { sdkName: 'fake-teams', sdkVersion: '1.0.0', capabilities: {}, accountContext: { homeAccountId: account.homeAccountId, environment: account.environment, tenantId: TENANT } },
        });
      } else if (req.method === 'GetToken') {
        if (consented) reply(req.requestId, tokenFor(req));
        else reply(req.requestId, { success: false, error: { status: 'USER_INTERACTION_REQUIRED', code: 'consent_required', description: 'needs consent' } });
      } else if (req.method === 'GetTokenPopup') {
        consented = true;
        reply(req.requestId, tokenFor(req));
      }
    },
  };
  return { received };
}

// jsdom lacks the encoders browsers have; MSAL decodes the id token with them.
Object.assign(globalThis, { TextDecoder, TextEncoder });

afterEach(() => {
  delete (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('contract with @azure/msal-browser', () => {
  it('the narrow client is a subset of the real public client application', () => {
    // Compile-time: every method we use exists on IPublicClientApplication with the same type.
    const real = {} as msal.IPublicClientApplication;
    const narrow: NaaClient = real;
    expect(narrow).toBe(real);
    // Run-time: the real class implements them.
    for (const method of ['acquireTokenSilent', 'acquireTokenPopup', 'getAccount', 'getAllAccounts', 'getActiveAccount', 'setActiveAccount'] as const) {
      expect(typeof msal.PublicClientApplication.prototype[method]).toBe('function');
    }
  });

  it('names the error codes and the class the provider reacts to as MSAL does', () => {
    expect(MSAL_CODES.noAccount).toBe(msal.BrowserAuthErrorCodes.noAccountError);
    expect(MSAL_CODES.userCancelled).toBe(msal.BrowserAuthErrorCodes.userCancelled);
    expect(new msal.InteractionRequiredAuthError('interaction_required', 'cid').name).toBe(MSAL_CODES.interactionRequiredName);
    expect(isInteractionRequired(new msal.InteractionRequiredAuthError('some_new_code', 'cid'))).toBe(true);
  });

  it('the default factory is createNestablePublicClientApplication', async () => {
    const spy = msal.createNestablePublicClientApplication as jest.Mock;
    spy.mockClear();
    installFakeHost({ consented: true });
    const config = { auth: { clientId: CLIENT_ID, authority: `https://login.microsoftonline.com/${TENANT}` }, cache: { cacheLocation: 'memoryStorage' } };
    const client = await createNestableClient(config);
    expect(spy).toHaveBeenCalledWith(config);
    expect(typeof client.acquireTokenSilent).toBe('function');
  });

  it('gets a token through the host: silent → consent dialog → cached, and nothing in localStorage', async () => {
    const { received } = installFakeHost({ consented: false });
    const provider = new NestedAppAuthProvider({ clientId: CLIENT_ID }, host, { isNaaRecommended: () => true });

    const token = await provider.getToken(['Mail.Send']);
    expect(token).toContain('https://graph.microsoft.com/Mail.Send');

    const methods = received.map((r) => r.method);
    expect(methods).toEqual(['GetInitContext', 'GetToken', 'GetTokenPopup']);
    const popup = received[2]!.tokenParams!;
    expect(popup.clientId).toBe(CLIENT_ID);
    expect(popup.scope).toContain('https://graph.microsoft.com/Mail.Send');

    // Second call: served from MSAL's cache, no new bridge traffic.
    await expect(provider.getToken(['https://graph.microsoft.com/Mail.Send'])).resolves.toBe(token);
    expect(received).toHaveLength(3);

    // A new capability asks the host silently again (incremental consent, already granted).
    await expect(provider.getToken(['Calendars.ReadWrite'])).resolves.toContain('Calendars.ReadWrite');
    expect(received.map((r) => r.method).slice(3)).toEqual(['GetToken']);

    expect(window.localStorage.length).toBe(0);
  });

  it('with the sessionStorage option, MSAL caches in sessionStorage and still never in localStorage', async () => {
    installFakeHost({ consented: true });
    const provider = new NestedAppAuthProvider({ clientId: CLIENT_ID, cacheLocation: 'sessionStorage' }, host, { isNaaRecommended: () => true });
    await provider.getToken(['Sites.ReadWrite.All']);
    expect(window.sessionStorage.length).toBeGreaterThan(0);
    expect(window.localStorage.length).toBe(0);
  });
});
