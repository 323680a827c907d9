/**
 * Team members, creating and deleting channels, channel members and a channel's files folder:
 *
 *   GET    /teams/{team}/members                               the team's conversationMembers
 *   POST   /teams/{team}/channels                              create a standard or private channel (201)
 *   DELETE /teams/{team}/channels/{channel}                    delete it (204; a private one with its site)
 *   GET    /teams/{team}/channels/{channel}/members[/{id}]     its members (standard: the team's)
 *   POST   /teams/{team}/channels/{channel}/members            add a member to a private channel (201)
 *   PATCH  /teams/{team}/channels/{channel}/members/{id}       change a member's roles
 *   DELETE /teams/{team}/channels/{channel}/members/{id}       remove a member (204)
 *   GET    /teams/{team}/channels/{channel}/filesFolder        the driveItem where its files live
 *
 * A private channel gets its own SharePoint site, as in Microsoft 365: hostname of the team
 * site, path "<team site path>-<channel name without spaces or punctuation>", and the channel's
 * members as its members. The dispatcher refuses that site to everyone else (403), which is
 * what keeps a private channel's lists private. Only the channel's owners (or the team's)
 * change its members; members are added to the site's people when they join.
 */
import { randomUUID } from 'node:crypto';
import type { DirectoryUser } from '../directory';
import { GraphError, badRequest } from '../errors';
import { ensureSitePeople } from '../store/siteUsers';
import type { SiteRecord } from '../store/store';
import type { ChannelRecord, MemberRecord, MemberRole, TeamRecord } from '../store/teams';
import { graphTimestamp } from '../time';
import { type RouteContext, type RouteModule, route } from './context';
import { metadataUrl, siteWebUrl } from './representations';
import { channelContext, channelJson, forbidden, requireChannel, requireTeam } from './teamAccess';

/** Teams' limit on a channel name, and the characters it refuses in one. */
export const CHANNEL_NAME_MAX = 50;
const FORBIDDEN_NAME_CHARS = /[~#%&*{}+/\\:<>?|'"]/;
const MEMBER_TYPE = '#microsoft.graph.aadUserConversationMember';

const memberNotFound = (): GraphError => new GraphError(404, 'NotFound', 'Member not found.');

/** Opaque membership ids, as Graph's are: the scope (team or channel) and the user's object id. */
const membershipId = (scopeId: string, userId: string): string =>
  Buffer.from(`${scopeId}##${userId}`, 'utf8').toString('base64url');

function userOfMembership(ctx: RouteContext, scopeId: string, id: string): DirectoryUser {
  const [scope, userId] = Buffer.from(id, 'base64url').toString('utf8').split('##');
  const user = scope === scopeId ? ctx.services.directory.users().find((u) => u.id === userId) : undefined;
  if (!user) throw memberNotFound();
  return user;
}

function memberJson(ctx: RouteContext, team: TeamRecord, scopeId: string, member: MemberRecord): Record<string, unknown> {
  const user = ctx.services.directory.user(member.upn);
  return {
    '@odata.type': MEMBER_TYPE,
    id: membershipId(scopeId, user?.id ?? member.upn),
    roles: member.role === 'owner' ? ['owner'] : [],
    displayName: user?.displayName ?? member.upn,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId: user?.id ?? null,
    email: member.upn,
    tenantId: team.tenantId,
  };
}

/** The person of "user@odata.bind": https://graph.microsoft.com/v1.0/users('{id or UPN}'). */
function boundUser(ctx: RouteContext, bind: unknown): DirectoryUser {
  const ref = typeof bind === 'string' ? /users(?:\('([^']+)'\)|\/([^/?#]+))$/.exec(bind.trim()) : null;
  const key = ref ? decodeURIComponent(ref[1] ?? ref[2] ?? '') : '';
  if (!key) throw badRequest("'user@odata.bind' must reference a user as .../users('{id}').");
  const user = ctx.services.directory.user(key) ?? ctx.services.directory.users().find((u) => u.id === key.toLowerCase());
  if (!user) throw new GraphError(404, 'NotFound', `User '${key}' was not found.`);
  return user;
}

function readRoles(roles: unknown): MemberRole {
  if (roles === undefined || roles === null) return 'member';
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')) throw badRequest("'roles' must be an array of strings.");
  const known = roles.map((r: string) => r.toLowerCase());
  if (known.some((r) => r !== 'owner' && r !== 'member')) throw badRequest("A channel member's roles can only be 'owner' (or none).");
  return known.includes('owner') ? 'owner' : 'member';
}

interface MemberInput {
  user: DirectoryUser;
  role: MemberRole;
}

function readMember(ctx: RouteContext, team: TeamRecord, body: unknown): MemberInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('A member must be an aadUserConversationMember.');
  const input = body as Record<string, unknown>;
  const type = input['@odata.type'];
  if (typeof type !== 'string' || type.toLowerCase() !== MEMBER_TYPE.toLowerCase()) {
    throw badRequest(`Members must have '@odata.type' '${MEMBER_TYPE}'.`);
  }
  const user = boundUser(ctx, input['user@odata.bind']);
  // A private channel's members come from the team: a guest parent can never be added.
  if (!ctx.services.store.teams.isMember(team.id, user.upn)) {
    throw badRequest(`User '${user.upn}' is not a member of the team, so cannot be a member of its channel.`);
  }
  return { user, role: readRoles(input.roles) };
}

interface ChannelInput {
  displayName: string;
  description: string;
  membershipType: 'standard' | 'private';
  members: MemberInput[];
}

function readChannel(ctx: RouteContext, team: TeamRecord, body: unknown): ChannelInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a channel.');
  const input = body as Record<string, unknown>;
  const name = typeof input.displayName === 'string' ? input.displayName.trim() : '';
  if (!name) throw badRequest("The channel 'displayName' is required.");
  if (name.length > CHANNEL_NAME_MAX) throw badRequest(`The channel name can be at most ${CHANNEL_NAME_MAX} characters.`);
  if (FORBIDDEN_NAME_CHARS.test(name) || name.startsWith('_') || name.endsWith('.')) {
    throw badRequest('The channel name contains characters that are not allowed.');
  }
  const description = input.description ?? '';
  if (typeof description !== 'string') throw badRequest("The channel 'description' must be a string.");
  const type = input.membershipType ?? 'standard';
  if (type !== 'standard' && type !== 'private') {
    throw badRequest(`Invalid value '${String(type)}' for 'membershipType'; this server supports 'standard' and 'private'.`);
  }
  const rawMembers = input.members ?? [];
  if (!Array.isArray(rawMembers)) throw badRequest("'members' must be an array.");
  if (type === 'standard' && rawMembers.length) throw badRequest('Members can only be given for a private channel.');
  const members = rawMembers.map((m) => readMember(ctx, team, m));
  const upns = new Set(members.map((m) => m.user.upn.toLowerCase()));
  if (upns.size !== members.length) throw badRequest('The same user is listed twice in members.');
  if (type === 'private' && !members.some((m) => m.role === 'owner')) {
    throw badRequest('A private channel needs at least one owner in members.');
  }
  return { displayName: name, description, membershipType: type, members };
}

/** SharePoint's name for a private channel's site: the team site's, a dash, the channel's letters and digits. */
function channelSitePath(ctx: RouteContext, teamSite: SiteRecord, channelName: string): string {
  const base = `${teamSite.path}-${channelName.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '') || 'channel'}`;
  const taken = new Set(
    ctx.services.store.sites().filter((s) => s.hostname.toLowerCase() === teamSite.hostname.toLowerCase()).map((s) => s.path.toLowerCase()),
  );
  let path = base;
  for (let n = 2; taken.has(path.toLowerCase()); n += 1) path = `${base}${n}`;
  return path;
}

function createChannelSite(ctx: RouteContext, team: TeamRecord, input: ChannelInput, now: string): SiteRecord {
  const teamSite = ctx.services.store.siteById(team.siteId);
  if (!teamSite) throw new Error(`team ${team.id} has no site`);
  const path = channelSitePath(ctx, teamSite, input.displayName);
  const site: SiteRecord = {
    id: `${teamSite.hostname},${randomUUID()},${randomUUID()}`,
    hostname: teamSite.hostname,
    path,
    name: path.split('/').pop() ?? path,
    displayName: `${team.displayName} - ${input.displayName}`,
    description: '',
    isRoot: false,
    created: now,
  };
  ctx.services.store.createSite(site);
  // Owners first, so the creating owner is the site's first person (lookup id 1).
  const people = [...input.members].sort((a, b) => (a.role === b.role ? 0 : a.role === 'owner' ? -1 : 1));
  ensureSitePeople(ctx.services.store, site, people.map((m) => ({ upn: m.user.upn, displayName: m.user.displayName })), now);
  return site;
}

/** Changing who is in a channel: its owners may, and so may the team's owners. */
function requireChannelOwner(ctx: RouteContext, team: TeamRecord, channel: ChannelRecord): void {
  const teams = ctx.services.store.teams;
  const teamOwner = teams.membersOf(team.id).some((m) => m.role === 'owner' && m.upn.toLowerCase() === ctx.user.upn.toLowerCase());
  const channelOwner = teams.channelMembersOf(channel.id).some((m) => m.role === 'owner' && m.upn.toLowerCase() === ctx.user.upn.toLowerCase());
  if (!teamOwner && !channelOwner) throw forbidden();
}

function requirePrivate(channel: ChannelRecord): void {
  if (channel.membershipType !== 'private') {
    throw badRequest('Members can only be managed on a private channel; a standard channel has the team’s members.');
  }
}

function channelMembers(ctx: RouteContext, team: TeamRecord, channel: ChannelRecord): MemberRecord[] {
  return channel.membershipType === 'private'
    ? ctx.services.store.teams.channelMembersOf(channel.id)
    : ctx.services.store.teams.membersOf(team.id);
}

/** Graph's driveId form: "b!" and an opaque token; derived from the site so it is stable. */
const driveIdOf = (site: SiteRecord): string => `b!${Buffer.from(site.id, 'utf8').toString('base64url')}`;

function filesFolderJson(ctx: RouteContext, team: TeamRecord, channel: ChannelRecord): Record<string, unknown> {
  const site = ctx.services.store.siteById(channel.siteId ?? team.siteId);
  if (!site) throw new Error(`channel ${channel.id} has no site`);
  // A private channel keeps its files in the root of its own site's library; a standard one in
  // a folder named after it in the team site's library.
  const ownSite = channel.membershipType === 'private';
  const library = `${siteWebUrl(site)}/Shared%20Documents`;
  return {
    '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/filesFolder/$entity`),
    id: `01${Buffer.from(`${site.id}/${ownSite ? 'root' : channel.id}`).toString('hex').slice(0, 32).toUpperCase()}`,
    createdDateTime: channel.created,
    lastModifiedDateTime: channel.created,
    name: ownSite ? 'Shared Documents' : channel.displayName,
    webUrl: ownSite ? library : `${library}/${encodeURIComponent(channel.displayName)}`,
    size: 0,
    parentReference: { driveId: driveIdOf(site), driveType: 'documentLibrary', siteId: site.id },
    fileSystemInfo: { createdDateTime: channel.created, lastModifiedDateTime: channel.created },
    folder: { childCount: 0 },
  };
}

export const channelRoutes: RouteModule = (router) => {
  router.add(
    'GET',
    '/teams/{team}/members',
    route((ctx) => {
      const team = requireTeam(ctx);
      const members = ctx.services.store.teams.membersOf(team.id);
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `teams('${team.id}')/members`),
          '@odata.count': members.length,
          value: members.map((m) => memberJson(ctx, team, team.id, m)),
        },
      };
    }),
  );

  router.add(
    'POST',
    '/teams/{team}/channels',
    route((ctx) => {
      const team = requireTeam(ctx);
      const input = readChannel(ctx, team, ctx.request.body);
      const teams = ctx.services.store.teams;
      const taken = teams.channelsOf(team.id).some((c) => c.displayName.toLowerCase() === input.displayName.toLowerCase());
      if (taken) throw new GraphError(409, 'NameAlreadyExists', 'Channel name already existed, please use other name.');
      const now = graphTimestamp(ctx.now);
      const site = input.membershipType === 'private' ? createChannelSite(ctx, team, input, now) : undefined;
      const id = `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`;
      teams.createChannel({
        id,
        teamId: team.id,
        displayName: input.displayName,
        description: input.description,
        isPrimary: false,
        created: now,
        ...(site ? { siteId: site.id } : {}),
      });
      for (const member of input.members) teams.setChannelMember(id, member.user.upn, member.role);
      const channel = teams.channel(team.id, id)!;
      return {
        status: 201,
        headers: { Location: `/teams('${team.id}')/channels('${id}')` },
        body: { '@odata.context': metadataUrl(ctx.origin, `teams('${team.id}')/channels/$entity`), ...channelJson(team, channel) },
      };
    }),
  );

  router.add(
    'DELETE',
    '/teams/{team}/channels/{channel}',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      if (channel.isPrimary) throw badRequest('The General channel cannot be deleted.');
      if (channel.membershipType === 'private') requireChannelOwner(ctx, team, channel);
      ctx.services.store.teams.deleteChannel(channel.id);
      return { status: 204 };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/channels/{channel}/members',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      const scope = channel.membershipType === 'private' ? channel.id : team.id;
      const members = channelMembers(ctx, team, channel);
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/members`),
          '@odata.count': members.length,
          value: members.map((m) => memberJson(ctx, team, scope, m)),
        },
      };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/channels/{channel}/members/{member}',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      const scope = channel.membershipType === 'private' ? channel.id : team.id;
      const user = userOfMembership(ctx, scope, ctx.params.member ?? '');
      const member = channelMembers(ctx, team, channel).find((m) => m.upn.toLowerCase() === user.upn.toLowerCase());
      if (!member) throw memberNotFound();
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/members/$entity`),
          ...memberJson(ctx, team, scope, member),
        },
      };
    }),
  );

  router.add(
    'POST',
    '/teams/{team}/channels/{channel}/members',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      requirePrivate(channel);
      requireChannelOwner(ctx, team, channel);
      const { user, role } = readMember(ctx, team, ctx.request.body);
      const teams = ctx.services.store.teams;
      // Adding someone who is in already only sets their role, so a retried add is harmless.
      teams.setChannelMember(channel.id, user.upn, role);
      const site = ctx.services.store.siteById(channel.siteId!);
      if (site) ensureSitePeople(ctx.services.store, site, [{ upn: user.upn, displayName: user.displayName }], graphTimestamp(ctx.now));
      return {
        status: 201,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/members/$entity`),
          ...memberJson(ctx, team, channel.id, { upn: user.upn, role }),
        },
      };
    }),
  );

  router.add(
    'PATCH',
    '/teams/{team}/channels/{channel}/members/{member}',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      requirePrivate(channel);
      requireChannelOwner(ctx, team, channel);
      const user = userOfMembership(ctx, channel.id, ctx.params.member ?? '');
      const teams = ctx.services.store.teams;
      const current = teams.channelMembersOf(channel.id).find((m) => m.upn.toLowerCase() === user.upn.toLowerCase());
      if (!current) throw memberNotFound();
      const body = ctx.request.body as Record<string, unknown> | null;
      const role = readRoles(body?.roles);
      const owners = teams.channelMembersOf(channel.id).filter((m) => m.role === 'owner');
      if (role === 'member' && current.role === 'owner' && owners.length === 1) {
        throw badRequest('A private channel must keep at least one owner.');
      }
      teams.setChannelMember(channel.id, current.upn, role);
      return {
        status: 200,
        body: {
          '@odata.context': metadataUrl(ctx.origin, `${channelContext(team, channel)}/members/$entity`),
          ...memberJson(ctx, team, channel.id, { upn: current.upn, role }),
        },
      };
    }),
  );

  router.add(
    'DELETE',
    '/teams/{team}/channels/{channel}/members/{member}',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      requirePrivate(channel);
      const user = userOfMembership(ctx, channel.id, ctx.params.member ?? '');
      // Members may leave themselves; removing someone else takes an owner.
      if (user.upn.toLowerCase() !== ctx.user.upn.toLowerCase()) requireChannelOwner(ctx, team, channel);
      const teams = ctx.services.store.teams;
      const members = teams.channelMembersOf(channel.id);
      const current = members.find((m) => m.upn.toLowerCase() === user.upn.toLowerCase());
      if (!current) throw memberNotFound();
      if (current.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) {
        throw badRequest('The last owner of a private channel cannot be removed.');
      }
      teams.removeChannelMember(channel.id, current.upn);
      return { status: 204 };
    }),
  );

  router.add(
    'GET',
    '/teams/{team}/channels/{channel}/filesFolder',
    route((ctx) => {
      const team = requireTeam(ctx);
      const channel = requireChannel(ctx, team);
      return { status: 200, body: filesFolderJson(ctx, team, channel) };
    }),
  );
};
