/**
 * Posting the weekly digest to the team's channel as a chatMessage, through Graph.
 *
 * Where it goes:
 * - In Teams the tab knows its team (the group id) and, in a channel tab, its channel: the
 *   message goes to that channel. Without a channel (a personal or meeting tab) it goes to the
 *   team's General channel, GET /teams/{id}/primaryChannel.
 * - Outside Teams (local mode in a plain browser) no team is given. Graph has no way from a site
 *   to its group (GET /sites/{id} does not name it), but it does have the way back: the team
 *   site of a group is GET /groups/{id}/sites/root. So the user's own teams
 *   (GET /me/joinedTeams) are matched to the site Driehoek's lists live in by asking, in one
 *   $batch, for each team's root site; the team whose site is ours is the school's team. This
 *   uses only what a user may see anyway (their own teams, sites they can read), depends on no
 *   names, and works the same against a tenant.
 * The team and channel are found once per session; a failure, or a channel that has gone
 * (404 on posting), is asked again next time.
 *
 * The HTML is posted as given: the domain's renderDigestHtml escapes every user text, and Graph
 * does not rewrite a message body. Posting is not repeated on an unknown outcome (a second
 * identical digest in the channel is worse than a retry by the person).
 */
import type { ChannelPost, DigestApi } from '../api';
import type { FieldError } from '../../domain/validation';
import { answerBody, batchGet } from '../graph/batch';
import type { RequestOptions } from '../graph/http';
import { ScopesOption } from '../graph/middleware';
import { NotFoundError, ValidationError } from '../errors';
import type { ServiceContext } from './context';

/** Delegated scopes per step, asked for only when the step is needed (incremental consent). */
const SCOPES = {
  send: ['ChannelMessage.Send'],
  primaryChannel: ['Channel.ReadBasic.All'],
  joinedTeams: ['Team.ReadBasic.All'],
} as const;

/** Teams' own bound for a message subject is not documented; a single line is plenty. */
export const SUBJECT_MAX = 255;

interface Target {
  teamId: string;
  channelId: string;
}

interface ChatMessageAnswer {
  id?: string;
  webUrl?: string | null;
}

const withScopes = (scopes: readonly string[]): RequestOptions => ({ middleware: [new ScopesOption(scopes)] });

const teamPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;

export function createDigestApi({ http, site, team }: Pick<ServiceContext, 'http' | 'site' | 'team'>): DigestApi {
  let target: Promise<Target> | null = null;

  async function primaryChannel(teamId: string): Promise<string> {
    const channel = await http.get<{ id?: string }>(
      `${teamPath(teamId)}/primaryChannel?$select=id`,
      withScopes(SCOPES.primaryChannel),
    );
    if (!channel.id) throw new TypeError('the primary channel answer carries no id');
    return channel.id;
  }

  /** The joined team whose group's root site is the site of Driehoek's lists. */
  async function teamOfSite(): Promise<string> {
    const [siteId, joined] = await Promise.all([
      site.siteId(),
      http.getAll<{ id?: string }>('/me/joinedTeams', withScopes(SCOPES.joinedTeams)),
    ]);
    const ids = joined.map((t) => t.id).filter((id): id is string => typeof id === 'string' && id.length > 0);
    const answers = await batchGet(
      http,
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

  async function resolve(): Promise<Target> {
    if (team?.channelId) return { teamId: team.groupId, channelId: team.channelId };
    const teamId = team?.groupId ?? (await teamOfSite());
    return { teamId, channelId: await primaryChannel(teamId) };
  }

  function where(): Promise<Target> {
    target ??= resolve().catch((error: unknown) => {
      target = null;
      throw error;
    });
    return target;
  }

  async function postToChannel(html: string, subject: string): Promise<ChannelPost> {
    const errors: FieldError[] = [];
    if (typeof html !== 'string' || !html.trim()) errors.push({ field: 'content', code: 'required' });
    const title = typeof subject === 'string' ? subject.trim() : '';
    if (title.length > SUBJECT_MAX) errors.push({ field: 'subject', code: 'tooLong', params: { max: SUBJECT_MAX } });
    if (errors.length) throw ValidationError.fromFieldErrors(errors, 'digest');

    const { teamId, channelId } = await where();
    let posted: ChatMessageAnswer;
    try {
      posted = await http.post<ChatMessageAnswer>(
        `${teamPath(teamId)}/channels/${encodeURIComponent(channelId)}/messages`,
        { ...(title ? { subject: title } : {}), body: { contentType: 'html', content: html } },
        withScopes(SCOPES.send),
      );
    } catch (error) {
      if (error instanceof NotFoundError) target = null;
      throw error;
    }
    if (!posted.id) throw new TypeError('the chatMessage answer carries no id');
    return { id: posted.id, ...(posted.webUrl ? { webUrl: posted.webUrl } : {}) };
  }

  return { postToChannel };
}
