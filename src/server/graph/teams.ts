/**
 * Teams and channel messages, the part of Graph Driehoek uses to post the weekly digest:
 *
 *   GET  /me/joinedTeams                                   teams the user is a direct member of
 *   GET  /teams/{team}                                     a team
 *   GET  /teams/{team}/primaryChannel                      its General channel
 *   GET  /teams/{team}/channels[/{channel}]                its channels (private ones only to their members)
 *   POST /teams/{team}/channels/{channel}/messages         send a chatMessage (201)
 *   GET  /teams/{team}/channels/{channel}/messages[/{id}]  newest first, $top ≤ 50, $skiptoken
 *   GET  /groups/{group}/sites/root                        the team site of the team's group
 *
 * Creating channels, channel members and a channel's files folder are in ./channels.ts.
 *
 * Only members of a team may read or post in it: anyone else (a guest parent) gets 403; a
 * private channel only to its own members (./teamAccess.ts). A
 * message body is stored exactly as sent; Graph does not rewrite it, so escaping user text is
 * the client's job (the domain's renderDigestHtml does it).
 */
import { GraphError, accessDenied, badRequest, invalidRequest } from '../errors';
import type { Directory } from '../directory';
import { evaluateFilter } from '../odata/evaluate';
import { option, parseFilterOption } from '../odata/query';
import type { ChannelRecord, MessageRecord, TeamRecord } from '../store/teams';
import { type RouteContext, type RouteModule, route } from './context';
import { GRAPH_ROOT, metadataUrl, siteJson } from './representations';
import { canSeeChannel, channelContext, channelJson, primaryChannelOf, requireChannel, requireTeam } from './teamAccess';

/** Channel messages per page: 20 unless $top asks otherwise, at most 50 (Graph's limits). */
export const DEFAULT_MESSAGE_PAGE = 20;
export const MAX_MESSAGE_PAGE = 50;

const CONTENT_TYPES = new Set(['text', 'html']);

const messageNotFound = (): GraphError => new GraphError(404, 'NotFound', 'Message not found.');

const teamWebUrl = (team: TeamRecord, general: ChannelRecord): string =>
  `https://teams.microsoft.com/l/team/${encodeURIComponent(general.id)}/conversations?groupId=${team.id}&tenantId=${team.tenantId}`;

const messageWebUrl = (team: TeamRecord, message: MessageRecord): string =>
  `https://teams.microsoft.com/l/message/${encodeURIComponent(message.channelId)}/${message.id}` +
  `?groupId=${team.id}&tenantId=${team.tenantId}&createdTime=${message.id}&parentMessageId=${message.id}`;

/** A team as GET /teams/{id} gives it. */
function teamJson(team: TeamRecord, general: ChannelRecord): Record<string, unknown> {
  return {
    id: team.id,
    createdDateTime: team.created,
    displayName: team.displayName,
    description: team.description || null,
    internalId: general.id,
    classification: null,
    specialization: 'none',
    visibility: 'private',
    webUrl: teamWebUrl(team, general),
    isArchived: false,
    tenantId: team.tenantId,
    isMembershipLimitedToOwners: false,
    memberSettings: {
      allowCreateUpdateChannels: true,
      allowCreatePrivateChannels: true,
      allowDeleteChannels: true,
      allowAddRemoveApps: true,
      allowCreateUpdateRemoveTabs: true,
      allowCreateUpdateRemoveConnectors: true,
    },
    guestSettings: { allowCreateUpdateChannels: false, allowDeleteChannels: false },
    messagingSettings: {
      allowUserEditMessages: true,
      allowUserDeleteMessages: true,
      allowOwnerDeleteMessages: true,
      allowTeamMentions: true,
      allowChannelMentions: true,
    },
    funSettings: { allowGiphy: true, giphyContentRating: 'moderate', allowStickersAndMemes: true, allowCustomMemes: true },
    discoverySettings: { showInTeamsSearchAndSuggestions: true },
  };
}

/**
 * A team in GET /me/joinedTeams: Graph fills only id, displayName, description, isArchived and
 * tenantId there and returns the other properties as null.
 */
function joinedTeamJson(team: TeamRecord): Record<string, unknown> {
  return {
    id: team.id,
    createdDateTime: null,
    displayName: team.displayName,
    description: team.description || null,
    internalId: null,
    classification: null,
    specialization: null,
    visibility: null,
    webUrl: null,
    isArchived: false,
    tenantId: team.tenantId,
    isMembershipLimitedToOwners: null,
    memberSettings: null,
    guestSettings: null,
    messagingSettings: null,
    funSettings: null,
    discoverySettings: null,
  };
}

/** A chatMessage in a channel, with the sender from the directory. */
function messageJson(team: TeamRecord, message: MessageRecord, directory: Directory): Record<string, unknown> {
  const sender = directory.user(message.fromUpn);
  const id = String(message.id);
  return {
    id,
    replyToId: null,
    etag: id,
    messageType: 'message',
    createdDateTime: message.created,
    lastModifiedDateTime: message.created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: message.subject,
    summary: null,
    chatId: null,
    importance: 'normal',
    locale: 'en-us',
    webUrl: messageWebUrl(team, message),
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: {
        '@odata.type': '#microsoft.graph.teamworkUserIdentity',
        id: sender?.id ?? null,
        displayName: sender?.displayName ?? message.fromUpn,
        userIdentityType: 'aadUser',
        tenantId: team.tenantId,
      },
    },
    body: { contentType: message.contentType, content: message.content },
    channelIdentity: { teamId: team.id, channelId: message.channelId },
    attachments: [],
    mentions: [],
    reactions: [],
  };
}

/** The chatMessage of a POST body: `body.content` is required, `body.contentType` text or html. */
function readMessageBody(body: unknown): { subject: string | null; contentType: 'text' | 'html'; content: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a chatMessage.');
  }
  const input = body as Record<string, unknown>;
  const itemBody = input.body;
  if (typeof itemBody !== 'object' || itemBody === null || Array.isArray(itemBody)) {
    throw badRequest("The chatMessage must have a 'body'.");
  }
  const { content, contentType } = itemBody as Record<string, unknown>;
  if (typeof content !== 'string' || content.trim() === '') throw badRequest("The message 'body.content' is required.");
  if (contentType !== undefined && contentType !== null && (typeof contentType !== 'string' || !CONTENT_TYPES.has(contentType))) {
    throw badRequest(`Invalid value '${String(contentType)}' for 'body.contentType'; expected 'text' or 'html'.`);
  }
  const subject = input.subject;
  if (subject !== undefined && subject !== null && typeof subject !== 'string') {
    throw badRequest("The message 'subject' must be a string.");
  }
  return { subject: (subject as string | null | undefined) ?? null, contentType: contentType === 'html' ? 'html' : 'text', content };
}

/** $skiptoken of the message list: the id of the last message on the page (opaque to clients). */
function encodeMessageToken(lastId: number): string {
  return Buffer.from(JSON.stringify({ before: lastId }), 'utf8').toString('base64url');
}

function decodeMessageToken(token: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { before?: unknown };
    if (typeof parsed.before === 'number' && Number.isInteger(parsed.before)) return parsed.before;
  } catch {
    /* answered below */
  }
  throw invalidRequest('The $skiptoken is not valid.');
}

function pageSize(query: URLSearchParams): number {
  const top = option(query, 'top');
  if (top === undefined) return DEFAULT_MESSAGE_PAGE;
  if (!/^\d+$/.test(top.trim()) || Number(top) < 1) throw badRequest(`Invalid $top value '${top}'.`);
  if (Number(top) > MAX_MESSAGE_PAGE) throw badRequest(`Limit of '${MAX_MESSAGE_PAGE}' for Top Query has been exceeded.`);
  return Number(top);
}

export const teamRoutes: RouteModule = (router) => {
  router.add(
    'GET',
    '/me/joinedTeams',
    route((ctx) => {
      const teams = ctx.services.store.teams.teamsOf(ctx.user.upn);
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, 'teams'),
          '@odata.count': teams.length,
          value: teams.map(joinedTeamJson),
        },
      };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}',
    route((ctx) => {
      const team = requireTeam(ctx);
      return {
        status: 200,
        body: { '@odata.context': metadataUrl(ctx.origin, 'teams/$entity'), ...teamJson(team, primaryChannelOf(ctx, team)) },
      };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/primaryChannel',
    route((ctx) => {
      const team = requireTeam(ctx);
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `teams('${team.id}')/primaryChannel/$entity`),
          ...channelJson(team, primaryChannelOf(ctx, team)),
        },
      };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/channels',
    route((ctx) => {
      const team = requireTeam(ctx);
      const filter = parseFilterOption(ctx.request.query);
      // Private channels are listed only to their members, as in Teams.
      const channels = ctx.services.store.teams.channelsOf(team.id).filter((c) => {
        if (!canSeeChannel(ctx, c)) return false;
        const properties: Record<string, string> = { id: c.id, displayName: c.displayName, membershipType: c.membershipType };
        return !filter || evaluateFilter(filter, (p) => properties[p]);
      });
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `teams('${team.id}')/channels`),
          '@odata.count': channels.length,
          value: channels.map((c) => channelJson(team, c)),
        },
      };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/channels/{channel}',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      return {
        status: 200,
        body: { '@odata.context': metadataUrl(ctx.origin, `teams('${team.id}')/channels/$entity`), ...channelJson(team, channel) },
      };
    }),
  );

  router.add(
    'POST',
    '/teams/{team}/channels/{channel}/messages',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      const input = readMessageBody(ctx.request.body);
      const message = ctx.services.store.teams.insertMessage(
        { channelId: channel.id, ...input, fromUpn: ctx.user.upn },
        ctx.now.getTime(),
      );
      return {
        status: 201,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/messages/$entity`),
          ...messageJson(team, message, ctx.services.directory),
        },
      };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/channels/{channel}/messages',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      const query = ctx.request.query;
      if (option(query, 'skip') !== undefined) throw badRequest('$skip is not supported on this API. Only URLs returned by the API can be used to page.');
      const top = pageSize(query);
      const token = option(query, 'skiptoken');
      const found = ctx.services.store.teams.messages(channel.id, top + 1, token ? decodeMessageToken(token) : undefined);
      const page = found.slice(0, top);
      const more = found.length > top;
      const nextLink = more
        ? `${ctx.origin}${GRAPH_ROOT}${ctx.request.path}?$top=${top}&$skiptoken=${encodeMessageToken(page.at(-1)!.id)}`
        : undefined;
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/messages`),
          '@odata.count': page.length,
          ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
          value: page.map((m) => messageJson(team, m, ctx.services.directory)),
        },
      };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/channels/{channel}/messages/{message}',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      const ref = ctx.params.message ?? '';
      const message = /^\d+$/.test(ref) ? ctx.services.store.teams.message(channel.id, Number(ref)) : undefined;
      if (!message) throw messageNotFound();
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/messages/$entity`),
          ...messageJson(team, message, ctx.services.directory),
        },
      };
    }),
  );

  // The team site of a group: how a client finds which of its teams belongs to a site.
  router.add(
    'GET',
    '/groups/{group}/sites/root',
    route((ctx) => {
      const id = ctx.params.group ?? '';
      const team = ctx.services.store.teams.team(id);
      if (!team) throw new GraphError(404, 'itemNotFound', `Group '${id}' does not exist or has no team site.`);
      if (!ctx.services.store.teams.isMember(team.id, ctx.user.upn)) throw accessDenied();
      const site = ctx.services.store.siteById(team.siteId);
      if (!site) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
      return { status: 200, body: siteJson(site, ctx.origin) };
    }),
  );
};
