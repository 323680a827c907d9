/**
 * A private space: lists that only a few named colleagues can read, enforced by where they are
 * stored rather than by the app hiding them.
 *
 * A private space is a PRIVATE CHANNEL of the school's team. Microsoft 365 gives every private
 * channel its own SharePoint site whose members are exactly the channel's members; anyone else
 * (colleagues in the team, the IB, the MT, guests) gets 403 from that site. The app:
 *   1. creates the channel (POST /teams/{team}/channels, membershipType "private", members as
 *      aadUserConversationMember with user@odata.bind; every member is an owner, so the group
 *      itself can manage who is in it) — or finds it again by name when a create is retried;
 *   2. resolves the channel's site through GET /teams/{team}/channels/{channel}/filesFolder
 *      (the driveItem's parentReference.siteId);
 *   3. provisions its lists there (provisionLists with that site path);
 *   4. binds repositories to that site (`space.context` is a RepositoryContext, so any
 *      ListRepository or createRepositories works on it unchanged).
 * Keep the space's ref ({ channelId, siteId }) somewhere the app can find it (e.g. a list in the
 * team site); it names where the data is, not what it says.
 *
 * Use: intervisie groups (services/intervisie.ts) and the IB-only team-scan entries.
 *
 *   const spaces = new PrivateSpaces(http, team);
 *   const space = await spaces.ensure({ name: 'Teamscan IB', memberUpns: [ib], lists: [MY_LIST] });
 *   const repo = new ListRepository(space.context, myMapper);        // reads 403 for everyone else
 *   later: spaces.open(space.ref), spaces.setMembers(space.ref, upns)
 *
 * Scopes (delegated, asked when first used): Channel.Create to create the channel,
 * ChannelMember.ReadWrite.All to change its members; the site itself is reached with the
 * app's Sites scopes, and Sites.Manage.All provisions the lists.
 */
import type { GraphHttp } from './graph/http';
import { withScopes } from './graph/scopes';
import { AccessDeniedError, ConflictError, NotFoundError, UnavailableError, ValidationError } from './errors';
import type { ListSchema } from './lists/schema';
import { provisionLists, type ProvisioningReport } from './provisioning';
import type { RepositoryContext } from './repositories/listRepository';
import type { TeamResolver } from './team';

/** Where a private space lives: its channel and that channel's own site. */
export interface PrivateSpaceRef {
  channelId: string;
  /** Graph's composite site id "host,siteCollectionId,webId". */
  siteId: string;
}

export interface PrivateSpaceSpec {
  /** The channel's display name: unique in the team, at most 50 characters, none of ~#%&*{}+/\:<>?|'". */
  name: string;
  description?: string;
  /** Who may read and write the space (UPNs). The signed-in user must be among them. */
  memberUpns: readonly string[];
  /** Lists to provision in the space's site. */
  lists: readonly ListSchema[];
}

export interface PrivateSpace {
  ref: PrivateSpaceRef;
  /** "/sites/{id}" of the channel's site. */
  sitePath: string;
  /** For repositories bound to the space's site. */
  context: RepositoryContext;
}

/** Teams' limit on a channel name. */
export const SPACE_NAME_MAX = 50;
const NAME_FORBIDDEN = /[~#%&*{}+/\\:<>?|'"]/g;

const SCOPES = {
  create: withScopes('createChannel'),
  members: withScopes('manageChannelMembers'),
  read: withScopes('findChannel'),
} as const;

/** A name Teams accepts for a channel: forbidden characters dropped, at most 50 characters. */
export function channelName(name: string): string {
  return name.replace(NAME_FORBIDDEN, '').replace(/\s+/g, ' ').trim().replace(/^_+/, '').replace(/\.+$/, '').slice(0, SPACE_NAME_MAX).trim();
}

/** "/sites/{id}": site ids hold commas, which Graph expects as they are. */
export const sitePathOf = (siteId: string): string => `/sites/${encodeURIComponent(siteId).replace(/%2C/gi, ',')}`;

const userBind = (upn: string): string => `https://graph.microsoft.com/v1.0/users('${encodeURIComponent(upn)}')`;

const memberBody = (upn: string) => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember',
  'user@odata.bind': userBind(upn),
  roles: ['owner'],
});

interface RawChannel {
  id?: string;
  displayName?: string;
  membershipType?: string;
}

interface RawMember {
  id?: string;
  email?: string | null;
  roles?: string[];
}

export class PrivateSpaces {
  constructor(
    private readonly http: GraphHttp,
    private readonly team: Pick<TeamResolver, 'teamId'>,
  ) {}

  private async channelsPath(): Promise<string> {
    return `/teams/${encodeURIComponent(await this.team.teamId())}/channels`;
  }

  private async channelPath(channelId: string): Promise<string> {
    return `${await this.channelsPath()}/${encodeURIComponent(channelId)}`;
  }

  /** The space of a stored ref, without any request. */
  open(ref: PrivateSpaceRef): PrivateSpace {
    const sitePath = sitePathOf(ref.siteId);
    return { ref, sitePath, context: { http: this.http, sitePath: () => Promise.resolve(sitePath) } };
  }

  /** A private channel of this name the signed-in user is in (others' are not listed to them). */
  async find(name: string): Promise<string | null> {
    const wanted = channelName(name);
    const filter = `$filter=${encodeURIComponent(`membershipType eq 'private'`)}`;
    const found = await this.http.getAll<RawChannel>(`${await this.channelsPath()}?${filter}`, SCOPES.read);
    const match = found.find((c) => c.id && c.displayName?.toLowerCase() === wanted.toLowerCase() && c.membershipType === 'private');
    return match?.id ?? null;
  }

  /** The site of a channel, from its files folder. */
  async siteOf(channelId: string): Promise<string> {
    const folder = await this.http.get<{ parentReference?: { siteId?: string } }>(`${await this.channelPath(channelId)}/filesFolder`);
    const siteId = folder.parentReference?.siteId;
    if (!siteId) throw new TypeError('the filesFolder answer names no site');
    return siteId;
  }

  /**
   * Creates the space (or finds it again when an earlier attempt got that far), resolves its
   * site and provisions its lists. Idempotent: safe to call again after any failure. A name
   * taken by a channel the user is not in rejects with a ValidationError on `name` (code
   * invalidChoice, reason 'taken'); bad members with Graph's 400 as a ValidationError.
   */
  async ensure(spec: PrivateSpaceSpec): Promise<PrivateSpace & { provisioning: ProvisioningReport }> {
    const name = channelName(spec.name);
    if (!name) throw ValidationError.fromFieldErrors([{ field: 'name', code: 'required' }], 'private space');
    let channelId = await this.find(name);
    if (!channelId) channelId = await this.create(name, spec);
    const space = this.open({ channelId, siteId: await this.siteOf(channelId) });
    const provisioning = await provisionLists(this.http, space.sitePath, spec.lists);
    return { ...space, provisioning };
  }

  private async create(name: string, spec: PrivateSpaceSpec): Promise<string> {
    const members = [...new Map(spec.memberUpns.map((u) => [u.trim().toLowerCase(), u.trim()])).values()].filter(Boolean);
    try {
      const created = await this.http.post<RawChannel>(
        await this.channelsPath(),
        {
          membershipType: 'private',
          displayName: name,
          ...(spec.description ? { description: spec.description } : {}),
          members: members.map(memberBody),
        },
        SCOPES.create,
      );
      if (!created.id) throw new TypeError('the channel answer carries no id');
      return created.id;
    } catch (error) {
      // The outcome of a failed create may be unknown, or another tab created it first: if we
      // can see a channel of that name now, it is ours.
      if (error instanceof UnavailableError || error instanceof ConflictError) {
        const again = await this.find(name).catch(() => null);
        if (again) return again;
      }
      if (error instanceof ConflictError) {
        throw ValidationError.fromFieldErrors([{ field: 'name', code: 'invalidChoice', params: { reason: 'taken' } }], 'private space');
      }
      throw error;
    }
  }

  /**
   * Makes the space's members exactly `memberUpns` (everyone an owner): adds who is missing,
   * then removes who left, so there is always an owner. The channel's site follows: who left
   * gets 403 from then on.
   */
  async setMembers(ref: PrivateSpaceRef, memberUpns: readonly string[]): Promise<{ added: string[]; removed: string[] }> {
    const path = `${await this.channelPath(ref.channelId)}/members`;
    const current = await this.http.getAll<RawMember>(path, SCOPES.members);
    const have = new Map(current.filter((m) => m.email && m.id).map((m) => [m.email!.toLowerCase(), m]));
    const wanted = new Map(memberUpns.map((u) => [u.trim().toLowerCase(), u.trim()]));
    const added: string[] = [];
    const removed: string[] = [];
    for (const [key, upn] of wanted) {
      const member = have.get(key);
      if (member && member.roles?.includes('owner')) continue;
      if (member) await this.http.patch(`${path}/${encodeURIComponent(member.id!)}`, { roles: ['owner'] }, SCOPES.members);
      else {
        await this.http.post(path, memberBody(upn), SCOPES.members);
        added.push(upn);
      }
    }
    for (const [key, member] of have) {
      if (wanted.has(key)) continue;
      try {
        await this.http.delete(`${path}/${encodeURIComponent(member.id!)}`, SCOPES.members);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error; // already gone
      }
      removed.push(member.email!);
    }
    return { added, removed };
  }
}

/** True when a read of a private space failed because the user is not one of its members. */
export function isOutsideSpace(error: unknown): boolean {
  return error instanceof AccessDeniedError;
}
