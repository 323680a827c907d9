/**
 * Posting the weekly digest to the team's channel as a chatMessage, through Graph.
 *
 * Where it goes:
 * - In Teams the tab knows its team (the group id) and, in a channel tab, its channel: the
 *   message goes to that channel. Without a channel (a personal or meeting tab) it goes to the
 *   team's General channel, GET /teams/{id}/primaryChannel.
 * - Outside Teams (local mode in a plain browser) no team is given: the TeamResolver (../team.ts)
 *   finds the team whose site holds Driehoek's lists.
 * The team and channel are found once per session; a failure, or a channel that has gone
 * (404 on posting), is asked again next time.
 *
 * The HTML is posted as given: the domain's renderDigestHtml escapes every user text, and Graph
 * does not rewrite a message body. Posting is not repeated on an unknown outcome (a second
 * identical digest in the channel is worse than a retry by the person).
 */
import type { ChannelPost, DigestApi } from '../api';
import type { FieldError } from '../../domain/validation';
import { withScopes } from '../graph/scopes';
import { NotFoundError, ValidationError } from '../errors';
import type { TeamResolver } from '../team';
import type { ServiceContext } from './context';

/** Delegated scopes per step, asked for only when the step is needed (incremental consent). */
const SCOPES = {
  send: withScopes('postToChannel'),
  primaryChannel: withScopes('findChannel'),
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

const teamPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;

export function createDigestApi(
  { http, team }: Pick<ServiceContext, 'http' | 'team'>,
  teams: Pick<TeamResolver, 'teamId'>,
): DigestApi {
  let target: Promise<Target> | null = null;

  async function primaryChannel(teamId: string): Promise<string> {
    const channel = await http.get<{ id?: string }>(
      `${teamPath(teamId)}/primaryChannel?$select=id`,
      SCOPES.primaryChannel,
    );
    if (!channel.id) throw new TypeError('the primary channel answer carries no id');
    return channel.id;
  }

  async function resolve(): Promise<Target> {
    if (team?.channelId) return { teamId: team.groupId, channelId: team.channelId };
    const teamId = await teams.teamId();
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
        SCOPES.send,
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
