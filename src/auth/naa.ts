/**
 * Sign-in inside Teams: nested app authentication (NAA) with @azure/msal-browser.
 *
 * Teams (the host) holds the user's session; MSAL asks it for tokens for Driehoek's own Entra
 * app over the NAA bridge. No middle-tier server, no client secret. Order of events:
 *   1. The host adapter (src/host) has initialised teams-js and filled the HostContext.
 *   2. On the first token request this provider checks that the host recommends NAA and creates
 *      the nestable MSAL client (createNestablePublicClientApplication) for the user's tenant.
 *   3. It picks the account that matches the Teams user (tenant + login hint), asks silently, and
 *      only when the identity platform says interaction is required does it open the host's
 *      consent / sign-in dialog (acquireTokenPopup).
 * Scopes are asked for when a capability is first used (incremental consent), never all at once.
 * MSAL keeps its cache in memory (or sessionStorage when configured) — never in localStorage.
 *
 * Everything MSAL- or teams-js-specific is injected, so the logic is tested with a fake client.
 */
// Only types at the top: MSAL itself loads when a tenant signs in, so local mode and the first
// paint never carry it (see createNestableClient).
import type { AccountInfo, AuthenticationResult, Configuration, IPublicClientApplication } from '@azure/msal-browser';
import type { HostContext } from '../host/types';
import { loadMsal } from './msalChunk';
import type { TokenProvider } from './types';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * How the app may reach SharePoint:
 * - 'all': delegated Sites.ReadWrite.All (items) and Sites.Manage.All (creating lists on first
 *   run); still limited to what the signed-in user may do.
 * - 'selected': delegated Sites.Selected; an administrator grants the app a role on the Team's
 *   site (see docs/deploy.md) and the app reaches no other site.
 */
export type SitesAccess = 'all' | 'selected';

/** What the app does with Graph. Each maps to the fewest delegated scopes that allow it. */
export type GraphCapability =
  /** Who is signed in: GET /me (user principal name, display name) to match the staff list. */
  | 'profile'
  /** Read and write items in the app's lists (every view). */
  | 'lists'
  /** Create the app's lists and columns in the Team's site on first run. */
  | 'provisionLists'
  /** Create, move and cancel the organiser's meetings (parent talks, intervisie). */
  | 'calendar'
  /** Send the agreed summary of a parent talk by e-mail. */
  | 'sendMail'
  /**
   * Find a summary already sent in Sent Items (subject, recipients, sent time; no bodies), so a
   * retry after a lost answer never mails the parents twice.
   */
  | 'readSentMail'
  /** Post the weekly reminder digest to the team channel. */
  | 'postToChannel'
  /** Find the team's General channel for that post. */
  | 'findChannel'
  /** Find the team that belongs to the site, outside a team tab. */
  | 'findTeam'
  /** Create a private channel as members-only storage (intervisie groups, private team scans). */
  | 'createChannel'
  /** Add and remove the members of such a private channel. */
  | 'manageChannelMembers'
  /** List the team's members, to give them a role in Driehoek (settings, MT and IB). */
  | 'readTeamMembers';

const SCOPE_NAMES: Record<SitesAccess, Record<GraphCapability, readonly string[]>> = {
  all: {
    profile: ['User.Read'],
    lists: ['Sites.ReadWrite.All'],
    provisionLists: ['Sites.Manage.All'],
    calendar: ['Calendars.ReadWrite'],
    sendMail: ['Mail.Send'],
    readSentMail: ['Mail.ReadBasic'],
    postToChannel: ['ChannelMessage.Send'],
    findChannel: ['Channel.ReadBasic.All'],
    findTeam: ['Team.ReadBasic.All'],
    createChannel: ['Channel.Create'],
    manageChannelMembers: ['ChannelMember.ReadWrite.All'],
    readTeamMembers: ['TeamMember.Read.All'],
  },
  selected: {
    profile: ['User.Read'],
    lists: ['Sites.Selected'],
    provisionLists: ['Sites.Selected'],
    calendar: ['Calendars.ReadWrite'],
    sendMail: ['Mail.Send'],
    readSentMail: ['Mail.ReadBasic'],
    postToChannel: ['ChannelMessage.Send'],
    findChannel: ['Channel.ReadBasic.All'],
    findTeam: ['Team.ReadBasic.All'],
    createChannel: ['Channel.Create'],
    manageChannelMembers: ['ChannelMember.ReadWrite.All'],
    readTeamMembers: ['TeamMember.Read.All'],
  },
};

export const GRAPH_CAPABILITIES = Object.keys(SCOPE_NAMES.all) as GraphCapability[];

/** Fully qualified Graph scopes for one capability, e.g. `https://graph.microsoft.com/Mail.Send`. */
export function graphScopes(capability: GraphCapability, sitesAccess: SitesAccess = 'all'): string[] {
  return SCOPE_NAMES[sitesAccess][capability].map((name) => `${GRAPH_RESOURCE}/${name}`);
}

/** Every delegated Graph permission the app can ask for in a mode (what the Entra app must list). */
export function allGraphPermissionNames(sitesAccess: SitesAccess = 'all'): string[] {
  return [...new Set(GRAPH_CAPABILITIES.flatMap((c) => SCOPE_NAMES[sitesAccess][c]))];
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const TENANT_WIDE_SITES = /^Sites\.(Read|ReadWrite|Manage|FullControl)\.All$/i;

/**
 * Normalises the scopes a caller asks for: short Graph names become fully qualified, duplicates
 * go, and in 'selected' mode any tenant-wide Sites.*.All becomes Sites.Selected, so the data
 * layer can always ask for what it does and the deployment decides how wide the grant is.
 * No scopes at all means the baseline every view needs: the lists.
 */
export function normalizeScopes(scopes: readonly string[], sitesAccess: SitesAccess = 'all'): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of scopes) {
    const scope = raw.trim();
    if (!scope) continue;
    let full: string;
    if (OIDC_SCOPES.has(scope.toLowerCase())) full = scope.toLowerCase();
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(scope)) {
      const graph = scope.toLowerCase().startsWith(`${GRAPH_RESOURCE}/`);
      const name = graph ? scope.slice(GRAPH_RESOURCE.length + 1) : '';
      full = graph && sitesAccess === 'selected' && TENANT_WIDE_SITES.test(name) ? `${GRAPH_RESOURCE}/Sites.Selected` : scope;
    } else {
      const name = sitesAccess === 'selected' && TENANT_WIDE_SITES.test(scope) ? 'Sites.Selected' : scope;
      full = `${GRAPH_RESOURCE}/${name}`;
    }
    const key = full.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(full);
    }
  }
  return out.length ? out : graphScopes('lists', sitesAccess);
}

/** The part of MSAL's public client this provider uses. */
export type NaaClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'acquireTokenPopup' | 'getAccount' | 'getAllAccounts' | 'getActiveAccount' | 'setActiveAccount'
>;

export type NaaClientFactory = (configuration: Configuration) => Promise<NaaClient>;

/** The real factory: MSAL's nestable client, which talks to the host over the NAA bridge. */
export const createNestableClient: NaaClientFactory = async (configuration) => {
  const { createNestablePublicClientApplication } = await loadMsal();
  return createNestablePublicClientApplication(configuration);
};

/**
 * MSAL's error codes and class name the provider reacts to, as plain strings so classifying an
 * error needs no MSAL code loaded; naa.contract.test.ts checks them against MSAL's own.
 */
export const MSAL_CODES = {
  noAccount: 'no_account_error',
  userCancelled: 'user_cancelled',
  interactionRequiredName: 'InteractionRequiredAuthError',
} as const;

/** Asks teams-js (initialised by the host adapter) whether this Teams client brokers NAA. */
export async function teamsRecommendsNaa(): Promise<boolean> {
  try {
    const { nestedAppAuth } = await import('@microsoft/teams-js');
    return nestedAppAuth.isNAAChannelRecommended();
  } catch {
    return false;
  }
}

export interface NaaOptions {
  /** Entra app (client) id, from /config.json. */
  clientId: string;
  sitesAccess?: SitesAccess;
  /** Where MSAL caches tokens. localStorage is not offered on purpose. */
  cacheLocation?: 'memoryStorage' | 'sessionStorage';
}

export interface NaaDependencies {
  createClient?: NaaClientFactory;
  isNaaRecommended?: () => boolean | Promise<boolean>;
}

export type NaaErrorCode =
  /** Not in Teams, or this Teams client does not broker NAA (update Teams / use the web client). */
  | 'unavailable'
  /** The user closed or declined the sign-in / consent dialog. */
  | 'declined'
  /** Anything else the identity platform answered. */
  | 'failed';

export class NaaError extends Error {
  override name = 'NaaError';
  constructor(
    readonly code: NaaErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** MSAL configuration for the user's tenant; the cache never touches localStorage. */
export function msalConfiguration(options: NaaOptions, host: HostContext): Configuration {
  const cacheLocation = options.cacheLocation ?? 'memoryStorage';
  if (cacheLocation !== 'memoryStorage' && cacheLocation !== 'sessionStorage') {
    throw new NaaError('failed', `token cache "${String(cacheLocation)}" is not allowed`);
  }
  // The app registration is single-tenant (the school's own tenant): use the tenant from the
  // Teams context; 'organizations' only when the host did not say.
  const tenant = host.user?.tenantId || 'organizations';
  return {
    auth: { clientId: options.clientId, authority: `https://login.microsoftonline.com/${tenant}` },
    cache: { cacheLocation },
  };
}

const INTERACTION_CODES = new Set<string>([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  MSAL_CODES.noAccount,
]);

/** True when only the user can fix it (consent, sign-in, MFA): silent failed, a dialog may help. */
export function isInteractionRequired(error: unknown): boolean {
  if ((error as { name?: unknown } | null)?.name === MSAL_CODES.interactionRequiredName) return true;
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' && INTERACTION_CODES.has(code);
}

function isDeclined(error: unknown): boolean {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return code === MSAL_CODES.userCancelled || code === 'access_denied' || code === 'consent_declined';
}

type AccountFilter = Parameters<NaaClient['getAccount']>[0];

export class NestedAppAuthProvider implements TokenProvider {
  private readonly sitesAccess: SitesAccess;
  private clientPromise: Promise<NaaClient> | null = null;
  private readonly inFlight = new Map<string, Promise<string>>();
  /** Dialogs run one at a time; MSAL refuses a second interaction while one is open. */
  private interaction: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: NaaOptions,
    private readonly host: HostContext,
    private readonly deps: NaaDependencies = {},
  ) {
    if (!options.clientId) throw new NaaError('failed', 'nested app authentication needs the Entra app (client) id');
    this.sitesAccess = options.sitesAccess ?? 'all';
  }

  getToken(scopes: readonly string[]): Promise<string> {
    const wanted = normalizeScopes(scopes, this.sitesAccess);
    const key = [...wanted].map((s) => s.toLowerCase()).sort().join(' ');
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const request = this.acquire(wanted).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, request);
    return request;
  }

  private client(): Promise<NaaClient> {
    if (!this.clientPromise) {
      this.clientPromise = this.createClient().catch((e: unknown) => {
        this.clientPromise = null; // let a later call try again (e.g. after a network blip)
        throw e;
      });
    }
    return this.clientPromise;
  }

  private async createClient(): Promise<NaaClient> {
    if (this.host.kind !== 'teams') {
      throw new NaaError('unavailable', 'Driehoek signs in through Teams; open it as an app in Microsoft Teams.');
    }
    const recommended = await (this.deps.isNaaRecommended ?? teamsRecommendsNaa)();
    if (!recommended) {
      throw new NaaError('unavailable', 'This Teams client cannot sign in for apps (nested app authentication). Update Teams or use Teams on the web.');
    }
    const create = this.deps.createClient ?? createNestableClient;
    return create(msalConfiguration(this.options, this.host));
  }

  /** The MSAL account that belongs to the person Teams says is signed in, if MSAL knows it yet. */
  private findAccount(client: NaaClient): AccountInfo | null {
    const user = this.host.user ?? {};
    const matchesTenant = (a: AccountInfo) => !user.tenantId || a.tenantId === user.tenantId;
    const matchesUser = (a: AccountInfo) =>
      (!user.id || a.localAccountId === user.id) &&
      (!user.loginHint || a.username.toLowerCase() === user.loginHint.toLowerCase() || a.localAccountId === user.id);
    const active = client.getActiveAccount();
    if (active && matchesTenant(active) && matchesUser(active)) return active;
    const filter: AccountFilter = {};
    if (user.tenantId) filter.tenantId = user.tenantId;
    if (user.id) filter.localAccountId = user.id;
    if (user.loginHint) filter.loginHint = user.loginHint;
    if (Object.keys(filter).length) {
      const found = client.getAccount(filter);
      if (found) return found;
    }
    const candidates = client.getAllAccounts().filter((a) => matchesTenant(a) && matchesUser(a));
    return candidates.length === 1 ? candidates[0]! : null;
  }

  private remember(client: NaaClient, result: AuthenticationResult): string {
    if (!result.accessToken) throw new NaaError('failed', 'the identity platform returned no access token');
    if (result.account && !client.getActiveAccount()) client.setActiveAccount(result.account);
    return result.accessToken;
  }

  private async acquire(scopes: string[]): Promise<string> {
    const client = await this.client();
    const account = this.findAccount(client);
    try {
      const result = await client.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
      return this.remember(client, result);
    } catch (error) {
      if (!isInteractionRequired(error)) {
        throw error instanceof NaaError ? error : new NaaError('failed', 'could not get a token silently', error);
      }
    }
    const loginHint = this.host.user?.loginHint;
    const run = async () => {
      try {
        const result = await client.acquireTokenPopup({
          scopes,
          ...(account ? { account } : {}),
          ...(loginHint ? { loginHint } : {}),
        });
        return this.remember(client, result);
      } catch (error) {
        if (error instanceof NaaError) throw error;
        throw new NaaError(isDeclined(error) ? 'declined' : 'failed', 'sign-in or consent did not complete', error);
      }
    };
    const next = this.interaction.then(run, run);
    this.interaction = next.catch(() => undefined);
    return next;
  }
}
