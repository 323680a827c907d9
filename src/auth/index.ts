/**
 * The one switch between the two ways Driehoek gets a Graph token. Everything after this call
 * sees a TokenProvider and cannot tell local mode from a tenant.
 *
 * - auth "local": the local identity picked in the browser (src/auth/local.ts), tokens from the
 *   local Graph-compatible server.
 * - auth "naa": nested app authentication inside Teams (src/auth/naa.ts), tokens for the
 *   school's Entra app from the Microsoft identity platform.
 */
import type { AppConfig } from '../config';
import type { HostContext } from '../host/types';
import { NestedAppAuthProvider, type NaaDependencies, type NaaOptions, type SitesAccess } from './naa';
import type { TokenProvider } from './types';

export type { SignedInUser, TokenProvider } from './types';
export {
  GRAPH_CAPABILITIES,
  GRAPH_RESOURCE,
  NaaError,
  NestedAppAuthProvider,
  graphScopes,
  normalizeScopes,
  type GraphCapability,
  type NaaErrorCode,
  type SitesAccess,
} from './naa';

export interface TokenProviderOptions {
  /** Overrides the SharePoint access mode; otherwise taken from the config (`sitesAccess`) or 'all'. */
  sitesAccess?: SitesAccess;
  cacheLocation?: NaaOptions['cacheLocation'];
  /** Test seams for the NAA provider (fake MSAL client, fake host capability check). */
  naa?: NaaDependencies;
}

/** Reads an optional `sitesAccess: "selected"` from the runtime config, defaulting to 'all'. */
export function sitesAccessOf(config: AppConfig): SitesAccess {
  return (config as AppConfig & { sitesAccess?: unknown }).sitesAccess === 'selected' ? 'selected' : 'all';
}

export function createTokenProvider(
  config: AppConfig,
  host: HostContext,
  local: TokenProvider,
  options: TokenProviderOptions = {},
): TokenProvider {
  switch (config.auth) {
    case 'local':
      return local;
    case 'naa':
      return new NestedAppAuthProvider(
        {
          clientId: config.clientId ?? '',
          sitesAccess: options.sitesAccess ?? sitesAccessOf(config),
          ...(options.cacheLocation ? { cacheLocation: options.cacheLocation } : {}),
        },
        host,
        options.naa,
      );
    default: {
      const never: never = config.auth;
      throw new Error(`unknown auth mode ${String(never)}`);
    }
  }
}
