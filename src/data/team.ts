/**
 * Which team the app's site belongs to, found once per session.
 *
 * In Teams the tab knows its team (the group id from the context), and local mode finds its site
 * through its team's group (config site.kind "group"), so both know it from the start. Otherwise
 * (a site given as the root site or by URL) Graph has no way from a site to its group, but it has
 * the way back: a group's team site is GET /groups/{id}/sites/root. So the user's own teams
 * (GET /me/joinedTeams) are matched to the site of Driehoek's lists by asking, in one $batch,
 * for each team's root site. Only what the user may see anyway is used, and it works the same
 * against a tenant. A failure is not cached: the next call asks again.
 */
import { answerBody, batchGet, type BatchAnswer } from './graph/batch';
import type { GraphHttp } from './graph/http';
import { withScopes } from './graph/scopes';
import { NotFoundError } from './errors';
import type { SiteResolver } from './site';

const JOINED_TEAMS = withScopes('findTeam');

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

  /** The team's id when no request is needed for it: the Teams context, or found this session. */
  knownId(): Promise<string> | null {
    return this.known ? Promise.resolve(this.known) : this.pending;
  }

  /**
   * The ids of the user's own teams (GET /me/joinedTeams), for a caller that asks for each
   * team's site (teamSiteUrl) inside its own $batch and tells the one it found (remember).
   */
  async joinedTeamIds(): Promise<string[]> {
    const joined = await this.http.getAll<{ id?: string }>('/me/joinedTeams', JOINED_TEAMS);
    return joined.map((t) => t.id).filter((id): id is string => typeof id === 'string' && id.length > 0);
  }

  /** A caller found the team whose site is Driehoek's: later calls need no request. */
  remember(id: string): void {
    if (!this.known) this.pending ??= Promise.resolve(id);
  }

  private async teamOfSite(): Promise<string> {
    const [siteId, ids] = await Promise.all([this.site.siteId(), this.joinedTeamIds()]);
    const answers = await batchGet(
      this.http,
      ids.map((id, i) => ({ id: String(i), url: teamSiteUrl(id) })),
    );
    const found = ids.find((_id, i) => isSiteOf(answers.get(String(i)), siteId));
    if (found) return found;
    throw teamNotFound();
  }
}

/** The Graph path of a team's (group's) own site, asking for its id only. */
export const teamSiteUrl = (teamId: string): string => `/groups/${encodeURIComponent(teamId)}/sites/root?$select=id`;

/** Whether an answer to teamSiteUrl is the site with this id. */
export function isSiteOf(answer: BatchAnswer | undefined, siteId: string): boolean {
  // A team without a site, or one whose site this person may not read, is not ours.
  if (!answer || answer.status >= 300) return false;
  const root = answerBody<{ id?: string }>(answer);
  return Boolean(root.id && root.id.toLowerCase() === siteId.toLowerCase());
}

export const teamNotFound = (): NotFoundError =>
  new NotFoundError('None of your teams has the site Driehoek runs in', { status: 404, code: 'teamNotFound' });
