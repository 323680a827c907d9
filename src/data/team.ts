/**
 * Which team the app's site belongs to, found once per session.
 *
 * In Teams the tab knows its team (the group id from the context). Outside Teams (local mode in
 * a plain browser) Graph has no way from a site to its group, but it has the way back: a
 * group's team site is GET /groups/{id}/sites/root. So the user's own teams
 * (GET /me/joinedTeams) are matched to the site of Driehoek's lists by asking, in one $batch,
 * for each team's root site. Only what the user may see anyway is used, and it works the same
 * against a tenant. A failure is not cached: the next call asks again.
 */
import { answerBody, batchGet } from './graph/batch';
import type { GraphHttp, RequestOptions } from './graph/http';
import { ScopesOption } from './graph/middleware';
import { NotFoundError } from './errors';
import type { SiteResolver } from './site';

const JOINED_TEAMS: RequestOptions = { middleware: [new ScopesOption(['Team.ReadBasic.All'])] };

export class TeamResolver {
  private pending: Promise<string> | null = null;

  constructor(
    private readonly http: GraphHttp,
    private readonly site: Pick<SiteResolver, 'siteId'>,
    private readonly known?: string,
  ) {}

  /** The team's id (its group id). */
  teamId(): Promise<string> {
    if (this.known) return Promise.resolve(this.known);
    this.pending ??= this.teamOfSite().catch((error: unknown) => {
      this.pending = null;
      throw error;
    });
    return this.pending;
  }

  private async teamOfSite(): Promise<string> {
    const [siteId, joined] = await Promise.all([this.site.siteId(), this.http.getAll<{ id?: string }>('/me/joinedTeams', JOINED_TEAMS)]);
    const ids = joined.map((t) => t.id).filter((id): id is string => typeof id === 'string' && id.length > 0);
    const answers = await batchGet(
      this.http,
      ids.map((id, i) => ({ id: String(i), url: `/groups/${encodeURIComponent(id)}/sites/root?$select=id` })),
    );
    for (const [i, id] of ids.entries()) {
      const answer = answers.get(String(i));
      // A team without a site, or one whose site this person may not read, is not ours.
      if (!answer || answer.status >= 300) continue;
      const root = answerBody<{ id?: string }>(answer);
      if (root.id && root.id.toLowerCase() === siteId.toLowerCase()) return id;
    }
    throw new NotFoundError('None of your teams has the site Driehoek runs in', { status: 404, code: 'teamNotFound' });
  }
}
