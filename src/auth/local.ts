/**
 * Local mode's sign-in: the local Graph-compatible server lists the demo people and signs
 * tokens for whoever is picked. Not part of Graph; only the origin of the local server is needed.
 * Tokens stay in memory and are fetched again shortly before they expire.
 */
import type { Role } from '../domain/people';
import type { TokenProvider } from './types';

export interface LocalIdentity {
  upn: string;
  displayName: string;
  role: Role;
}

type FetchFn = Pick<typeof globalThis, 'fetch'>['fetch'];

/** Renew this long before the server's expiry, so a request never leaves with a dying token. */
const RENEW_MARGIN_MS = 60_000;

export class LocalIdentityError extends Error {
  override name = 'LocalIdentityError';
}

/** The local server's origin from the Graph base URL in config.json ("http://host:port/graph"). */
export function localOriginOf(graphBaseUrl: string): string {
  return new URL(graphBaseUrl).origin;
}

export async function listLocalIdentities(origin: string, fetchFn: FetchFn): Promise<LocalIdentity[]> {
  const response = await fetchFn(`${origin}/local/identities`, { cache: 'no-store' });
  if (!response.ok) throw new LocalIdentityError(`/local/identities answered ${response.status}`);
  const body = (await response.json()) as { value?: LocalIdentity[] };
  return body.value ?? [];
}

export class LocalTokenProvider implements TokenProvider {
  private token: { value: string; renewAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly origin: string,
    readonly upn: string,
    private readonly fetchFn: FetchFn,
    private readonly now: () => number = Date.now,
  ) {}

  /** Local tokens are valid for every scope: the local server checks membership, not scopes. */
  async getToken(_scopes: readonly string[] = []): Promise<string> {
    if (this.token && this.now() < this.token.renewAt) return this.token.value;
    // Views load side by side; they share one token request.
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const response = await this.fetchFn(`${this.origin}/local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: this.upn }),
    });
    if (!response.ok) throw new LocalIdentityError(`/local/token answered ${response.status} for ${this.upn}`);
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw new LocalIdentityError('/local/token gave no access_token');
    const lifetimeMs = (body.expires_in ?? 3600) * 1000;
    this.token = { value: body.access_token, renewAt: this.now() + Math.max(0, lifetimeMs - RENEW_MARGIN_MS) };
    return this.token.value;
  }
}
