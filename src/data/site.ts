/**
 * Which SharePoint site holds Driehoek's lists, resolved to its Graph id once and cached.
 * Local mode uses the team site of the server's group; in Teams it is the site of the Team the
 * tab runs in.
 */
import type { SiteRef } from '../config';
import type { GraphHttp } from './graph/http';

/** The Graph path that addresses a site before its id is known. */
export function siteLookupPath(site: SiteRef, teamSiteUrl?: string): string {
  if (site.kind === 'root') return '/sites/root';
  // Graph's documented address of a group's team site: the lookup also names the team.
  if (site.kind === 'group') return `/groups/${encodeURIComponent(site.groupId)}/sites/root`;
  if (!teamSiteUrl) throw new TypeError('site.kind "teamSite" needs the team site URL from the Teams context');
  let url: URL;
  try {
    url = new URL(teamSiteUrl);
  } catch {
    throw new TypeError(`not a site URL: ${teamSiteUrl}`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  // GET /sites/{hostname}:/{server-relative-path}; the root site of a host has no path.
  return path ? `/sites/${url.hostname}:${encodeURI(decodeURI(path))}` : `/sites/${url.hostname}`;
}

export class SiteResolver {
  private pending: Promise<string> | undefined;

  constructor(
    private readonly http: GraphHttp,
    private readonly site: SiteRef,
    private readonly teamSiteUrl?: string,
  ) {}

  /** The site's Graph id ("host,siteCollectionId,webId"), fetched once per session. */
  siteId(): Promise<string> {
    if (!this.pending) {
      const lookup = siteLookupPath(this.site, this.teamSiteUrl);
      this.pending = this.http.get<{ id?: string }>(`${lookup}?$select=id`).then((site) => {
        if (!site.id) throw new TypeError('the site answer carries no id');
        return site.id;
      });
      // A failure is not cached: the next call asks again.
      this.pending.catch(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** "/sites/{id}": the prefix every list path hangs under. */
  async sitePath(): Promise<string> {
    // Site ids hold commas ("host,guid,guid"), which Graph expects as they are.
    return `/sites/${encodeURIComponent(await this.siteId()).replace(/%2C/gi, ',')}`;
  }
}
