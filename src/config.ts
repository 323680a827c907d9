/**
 * Runtime configuration, served as /config.json next to the app: the local server writes it
 * for local mode, the deployment ships one for a tenant. Loaded once at start-up by the shell.
 */
export type SiteRef =
  /** The tenant's root site. */
  | { kind: 'root' }
  /**
   * The team site of a Microsoft 365 group (GET /groups/{id}/sites/root): local mode, whose
   * server names its team. Finding the site this way also tells the app its team.
   */
  | { kind: 'group'; groupId: string }
  /** The SharePoint site of the Team the tab runs in, from the Teams context. */
  | { kind: 'teamSite' };

export interface AppConfig {
  /** Graph origin and prefix without version, e.g. "https://graph.microsoft.com". */
  graphBaseUrl: string;
  /** Which token provider signs requests: the local identity picker or nested app auth. */
  auth: 'local' | 'naa';
  /** Entra app (client) id; required for 'naa'. */
  clientId?: string;
  site: SiteRef;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null) throw new ConfigError('config is not an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.graphBaseUrl !== 'string' || !/^https?:\/\//.test(r.graphBaseUrl)) {
    throw new ConfigError('graphBaseUrl must be an http(s) URL');
  }
  if (r.auth !== 'local' && r.auth !== 'naa') throw new ConfigError('auth must be "local" or "naa"');
  if (r.auth === 'naa' && (typeof r.clientId !== 'string' || !r.clientId)) {
    throw new ConfigError('clientId is required for nested app authentication');
  }
  const site = r.site as { kind?: unknown; groupId?: unknown } | undefined;
  if (!site || (site.kind !== 'root' && site.kind !== 'teamSite' && site.kind !== 'group')) {
    throw new ConfigError('site.kind must be "root", "group" or "teamSite"');
  }
  if (site.kind === 'group' && (typeof site.groupId !== 'string' || !site.groupId)) {
    throw new ConfigError('site.groupId is required for site.kind "group"');
  }
  return {
    graphBaseUrl: r.graphBaseUrl.replace(/\/+$/, ''),
    auth: r.auth,
    ...(typeof r.clientId === 'string' ? { clientId: r.clientId } : {}),
    site: site.kind === 'group' ? { kind: 'group', groupId: site.groupId as string } : { kind: site.kind },
  };
}

/** Fetches and validates the runtime config; `fetchFn` is injected so tests need no network. */
export async function loadConfig(
  fetchFn: Pick<typeof globalThis, 'fetch'>['fetch'],
  url = 'config.json',
): Promise<AppConfig> {
  const response = await fetchFn(url, { cache: 'no-store' });
  if (!response.ok) throw new ConfigError(`config.json answered ${response.status}`);
  return parseConfig(await response.json());
}
