/**
 * Who may see which team and channel, and the shapes both team modules answer with
 * (./teams.ts: teams and messages; ./channels.ts: channels, their members and files folder).
 *
 * A team is open to its members. A standard channel is open to the team's members; a private
 * channel only to its own members (Graph answers anyone else 403), and it has its own
 * SharePoint site, which the dispatcher opens to the channel's members only.
 */
import { GraphError } from '../errors';
import type { ChannelRecord, TeamRecord } from '../store/teams';
import type { RouteContext } from './context';

export const forbidden = (): GraphError =>
  new GraphError(403, 'Forbidden', 'You do not have permission to perform this operation.');

export const teamNotFound = (id: string): GraphError => new GraphError(404, 'NotFound', `No team found with Group Id ${id}`);

export const channelNotFound = (): GraphError => new GraphError(404, 'NotFound', 'Channel not found.');

/** The team of the route, after checking the signed-in user is one of its members. */
export function requireTeam(ctx: RouteContext, param = 'team'): TeamRecord {
  const id = ctx.params[param] ?? '';
  const team = ctx.services.store.teams.team(id);
  if (!team) throw teamNotFound(id);
  if (!ctx.services.store.teams.isMember(team.id, ctx.user.upn)) throw forbidden();
  return team;
}

/** Whether the signed-in user may see the channel: any team member for standard ones, members only for private ones. */
export function canSeeChannel(ctx: RouteContext, channel: ChannelRecord): boolean {
  return channel.membershipType === 'standard' || ctx.services.store.teams.isChannelMember(channel.id, ctx.user.upn);
}

/** The channel of the route in a team the user is a member of; 403 for a private channel they are not in. */
export function requireChannel(ctx: RouteContext, team: TeamRecord): ChannelRecord {
  const channel = ctx.services.store.teams.channel(team.id, ctx.params.channel ?? '');
  if (!channel) throw channelNotFound();
  if (!canSeeChannel(ctx, channel)) throw forbidden();
  return channel;
}

export function primaryChannelOf(ctx: RouteContext, team: TeamRecord): ChannelRecord {
  const channels = ctx.services.store.teams.channelsOf(team.id);
  const primary = channels.find((c) => c.isPrimary) ?? channels[0];
  if (!primary) throw channelNotFound();
  return primary;
}

const channelWebUrl = (team: TeamRecord, channel: ChannelRecord): string =>
  `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.displayName)}` +
  `?groupId=${team.id}&tenantId=${team.tenantId}`;

export function channelJson(team: TeamRecord, channel: ChannelRecord): Record<string, unknown> {
  return {
    id: channel.id,
    createdDateTime: channel.created,
    displayName: channel.displayName,
    description: channel.description || null,
    isFavoriteByDefault: null,
    email: '',
    tenantId: team.tenantId,
    webUrl: channelWebUrl(team, channel),
    membershipType: channel.membershipType,
  };
}

export const channelContext = (team: TeamRecord, channel: ChannelRecord): string =>
  `teams('${team.id}')/channels('${encodeURIComponent(channel.id)}')`;
